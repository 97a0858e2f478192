using System.Collections.Immutable;
using CertLang.Planning.Plans;

namespace CertLang.Planning.Reports;

/// <summary>Renders a plan in any <see cref="PlanFormat"/>, and names the formats as <c>certc plan --format</c> spells them.</summary>
public static class PlanReports
{
    private static readonly (string Name, PlanFormat Format)[] Formats =
        [("text", PlanFormat.Text), ("json", PlanFormat.Json), ("md", PlanFormat.Markdown), ("html", PlanFormat.Html)];

    private static readonly (string Name, PlanDetail Detail)[] Details = [("summary", PlanDetail.Summary), ("all", PlanDetail.All)];

    /// <summary>The format names of the command line, in the order of docs/cli.md, "Plan formats": text, json, md, html.</summary>
    public static ImmutableArray<string> FormatNames { get; } = [.. Formats.Select(f => f.Name)];

    /// <summary>The format a command-line name (one of <see cref="FormatNames"/>) stands for.</summary>
    public static PlanFormat FormatNamed(string name) =>
        Formats.FirstOrDefault(f => f.Name == name) is { Name: not null } named
            ? named.Format
            : throw new ArgumentException($"unknown plan format '{name}'; the formats are: {string.Join(", ", FormatNames)}", nameof(name));

    /// <summary>The names of <c>certc plan --detail</c>: summary, all.</summary>
    public static ImmutableArray<string> DetailNames { get; } = [.. Details.Select(d => d.Name)];

    /// <summary>The detail a command-line name (one of <see cref="DetailNames"/>) stands for.</summary>
    public static PlanDetail DetailNamed(string name) =>
        Details.FirstOrDefault(d => d.Name == name) is { Name: not null } named
            ? named.Detail
            : throw new ArgumentException($"unknown plan detail '{name}'; the details are: {string.Join(", ", DetailNames)}", nameof(name));

    /// <summary>
    /// The report of <paramref name="plan"/> in <paramref name="format"/>, lines ending in <c>\n</c>; <paramref name="detail"/>
    /// says whether the Markdown of several products is a summary or everything.
    /// </summary>
    public static string Render(Plan plan, PlanFormat format, PlanDetail detail = PlanDetail.Summary) => format switch
    {
        PlanFormat.Text => Text(plan),
        PlanFormat.Json => PlanJsonWriter.Write(plan),
        PlanFormat.Markdown => PlanMarkdownWriter.Write(plan, detail),
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
