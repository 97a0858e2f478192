using System.Collections.Immutable;
using System.Text;

namespace CertLang.Planning.Documentation;

/// <summary>The sentences of the reference, written once for both renderers: a regime's properties, a scope rule, the durations of a step.</summary>
internal static class ReferenceSentences
{
    /// <summary>What the list of <c>not covered</c> statements is, above it.</summary>
    public const string NotCoveredNote = "What the pack says it does not cover in a market: plan it separately.";

    /// <summary>Every market's <c>not covered</c> statements, markets in pack order, each market's in source order; empty when there are none.</summary>
    public static List<(string Market, string Text)> NotCovered(PackReference reference) =>
        [.. reference.Markets.SelectMany(m => m.NotCovered.Select(text => (m.Name, text)))];

    /// <summary>What the list of the markets' doc comments is, above it.</summary>
    public const string MarketNotesNote = "What the pack's authors wrote about each market.";

    /// <summary>The markets that have a doc comment, in pack order; empty when none has.</summary>
    public static List<MarketReference> DocumentedMarkets(PackReference reference) => [.. reference.Markets.Where(m => m.Doc is not null)];

    /// <summary>
    /// A <c>///</c> doc comment as marked-up paragraphs (split at blank lines, the lines of one joined by spaces), its
    /// <c>`backticked`</c> names as code; empty when there is no comment.
    /// </summary>
    public static List<string> Doc(string? doc, Markup markup)
    {
        if (string.IsNullOrWhiteSpace(doc))
        {
            return [];
        }

        var paragraphs = new List<string>();
        var lines = new List<string>();
        foreach (var line in doc.Split('\n').Append(""))
        {
            if (line.Length > 0)
            {
                lines.Add(line);
                continue;
            }

            if (lines.Count > 0)
            {
                paragraphs.Add(DocParagraph(string.Join(' ', lines), markup));
                lines.Clear();
            }
        }

        return paragraphs;
    }

    /// <summary>A doc comment in one line of marked-up text (its paragraphs joined by a space), for a list item or a table cell; empty when there is none.</summary>
    public static string DocLine(string? doc, Markup markup) => string.Join(markup.Text(" "), Doc(doc, markup));

    /// <summary><c>Includes household_appliance, luminaire where rated_voltage &gt; 12 V.</c>, <c>Excludes every product where use == medical.</c></summary>
    public static string Scope(ScopeSentence rule, Markup markup)
    {
        var sentence = new StringBuilder(markup.Text(rule.Include ? "Includes " : "Excludes "));
        sentence.Append(rule.Targets.IsEmpty ? markup.Text("every product") : string.Join(markup.Text(", "), rule.Targets.Select(markup.Code)));
        if (rule.Condition is { } condition)
        {
            sentence.Append(markup.Text(" where ")).Append(markup.Code(condition));
        }

        if (rule.Window is { } window)
        {
            sentence.Append(markup.Text($", in force {window}"));
        }

        return sentence.Append(markup.Text(".")).ToString();
    }

    /// <summary><c>CCC</c>, or <c>LVD, EMC</c> for a bloc, and for a member of a bloc <c>KC_SAFETY; via EU: LVD, EMC</c>: a market's own regimes, then its blocs' (each regime written by <paramref name="regimeName"/>).</summary>
    public static string MarketRegimes(MarketReference market, Markup markup, Func<string, string> regimeName)
    {
        var own = market.Regimes.Where(r => r.Bloc is null).Select(r => regimeName(r.Regime));
        var viaBlocs = market.Regimes.Where(r => r.Bloc is not null).GroupBy(r => r.Bloc!)
            .Select(bloc => markup.Text("via ") + markup.Code(bloc.Key) + markup.Text(": ") + string.Join(markup.Text(", "), bloc.Select(r => regimeName(r.Regime))));
        var parts = new[] { string.Join(markup.Text(", "), own) }.Concat(viaBlocs).Where(part => part.Length > 0).ToList();
        return parts.Count == 0 ? markup.Text("none") : string.Join(markup.Text("; "), parts);
    }

    /// <summary><c>4..6 weeks when has_cb_report; otherwise 4..8 weeks</c>, or the one duration of a step without conditions.</summary>
    public static string Takes(ImmutableArray<StepDuration> takes, Markup markup)
    {
        if (takes is [{ When: null } only])
        {
            return markup.Text(only.Duration);
        }

        var parts = takes.Select(t => t.When is { } when
            ? markup.Text($"{t.Duration} when ") + markup.Code(when)
            : markup.Text($"otherwise {t.Duration}"));
        return string.Join(markup.Text("; "), parts);
    }

    /// <summary>A regime's properties as label and marked-up value, in the order the reference lists them; absent texts are left out.</summary>
    public static IEnumerable<(string Label, string Value)> Properties(RegimeReference regime, Markup markup)
    {
        var definition = regime.Definition;
        yield return ("Market", markup.Code(definition.Market));
        var texts = new[] { ("Authority", definition.Authority), ("Mark", definition.Mark), ("Route", definition.Route), ("Basis", definition.Basis) };
        foreach (var (label, text) in texts)
        {
            if (text is not null)
            {
                yield return (label, markup.Text(text));
            }
        }

        if (definition.Source is { } source)
        {
            yield return ("Source", regime.SourceLink is { } link ? markup.Link(link) : markup.Text(source));
        }

        yield return ("Validity", markup.Text(regime.Validity ?? "not stated"));
        yield return ("In force", markup.Text(regime.InForce ?? "always"));
        foreach (var surveillance in regime.Surveillance)
        {
            yield return ("Surveillance", markup.Text(surveillance));
        }

        yield return ("Requires", definition.Requires.IsEmpty ? markup.Text("none") : string.Join(markup.Text(", "), definition.Requires.Select(markup.Code)));
        yield return ("Accepts", markup.Text(regime.Accepts.IsEmpty ? "none" : string.Join(", ", regime.Accepts)));
    }

    /// <summary>One paragraph: text between backticks as code, the rest as text, the start escaped as a paragraph start.</summary>
    private static string DocParagraph(string text, Markup markup)
    {
        var parts = text.Split('`');
        if (parts.Length % 2 == 0)
        {
            return markup.ParagraphStart(text);
        }

        var paragraph = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            paragraph.Append(i % 2 == 1 ? markup.Code(part) : i == 0 ? markup.ParagraphStart(part) : markup.Text(part));
        }

        return paragraph.ToString();
    }
}
