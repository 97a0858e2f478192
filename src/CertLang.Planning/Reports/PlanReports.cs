using System.Collections.Immutable;
using CertLang.Planning.Plans;

namespace CertLang.Planning.Reports;

/// <summary>Renders a plan in any <see cref="PlanFormat"/>, and names the formats as <c>certc plan --format</c> spells them.</summary>
public static class PlanReports
{
    private static readonly (string Name, PlanFormat Format)[] Formats =
        [("text", PlanFormat.Text), ("json", PlanFormat.Json), ("md", PlanFormat.Markdown), ("html", PlanFormat.Html)];

    /// <summary>The format names of the command line, in the order of docs/cli.md, "Plan formats": text, json, md, html.</summary>
    public static ImmutableArray<string> FormatNames { get; } = [.. Formats.Select(f => f.Name)];

    /// <summary>The format a command-line name (one of <see cref="FormatNames"/>) stands for.</summary>
    public static PlanFormat FormatNamed(string name) =>
        Formats.FirstOrDefault(f => f.Name == name) is { Name: not null } named
            ? named.Format
            : throw new ArgumentException($"unknown plan format '{name}'; the formats are: {string.Join(", ", FormatNames)}", nameof(name));

    /// <summary>The report of <paramref name="plan"/> in <paramref name="format"/>, lines ending in <c>\n</c>.</summary>
    public static string Render(Plan plan, PlanFormat format) => format switch
    {
        PlanFormat.Text => Text(plan),
        PlanFormat.Json => PlanJsonWriter.Write(plan),
        PlanFormat.Markdown => PlanMarkdownWriter.Write(plan),
        PlanFormat.Html => PlanHtmlWriter.Write(plan),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown plan format"),
    };

    private static string Text(Plan plan)
    {
        var writer = new StringWriter { NewLine = "\n" };
        PlanTextWriter.Write(writer, plan);
        return writer.ToString();
    }
}
