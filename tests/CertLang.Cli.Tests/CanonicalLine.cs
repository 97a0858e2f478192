using System.Text.RegularExpressions;

namespace CertLang.Cli.Tests;

/// <summary>One MSBuild canonical line of certc's text output, taken apart.</summary>
internal sealed partial record CanonicalLine(string File, int Line, int Column, string Severity, string Code, string Message)
{
    /// <summary>The canonical lines of a text run, in order; source and caret lines and the summary are skipped.</summary>
    public static IReadOnlyList<CanonicalLine> AllIn(CertcResult textRun) =>
        textRun.OutputLines
            .Select(line => Pattern().Match(line))
            .Where(match => match.Success)
            .Select(match => new CanonicalLine(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value))
            .ToList();

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>CERT\d{4}): (?<message>.*)$")]
    private static partial Regex Pattern();
}
