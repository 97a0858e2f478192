using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Reports;
using CertLang.Planning.Text;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Explanations;

/// <summary>
/// Writes a regime explanation as text a person reads in a terminal: window, clauses, combination, status, acceptances;
/// control characters in ids, names and titles are escaped.
/// </summary>
public static class ExplanationTextWriter
{
    /// <summary>Writes <paramref name="explanation"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, RegimeExplanation explanation)
    {
        var decision = explanation.Decision;
        var regime = decision.Regime;
        var product = explanation.Product;
        var date = Iso(decision.Date);
        writer.WriteLine($"{regime.Name}{Quoted(regime.Title)}, declared in {regime.Market} at {regime.Location}");
        writer.WriteLine($"for {TerminalText.Of(product.Id)}{Quoted(product.Name)}, shipment on {date}");
        writer.WriteLine();
        writer.WriteLine(decision.InForce
            ? $"window: {regime.Window}; {date} is inside it"
            : $"window: {regime.Window}; {date} is outside it, so the regime is not required whatever its scope says");
        writer.WriteLine();
        WriteClauses(writer, decision);
        if (decision.InForce)
        {
            writer.WriteLine();
            WriteCombination(writer, decision);
        }

        writer.WriteLine();
        writer.WriteLine($"status: {StatusWording.Of(decision)}");
        if (!decision.Missing.IsEmpty)
        {
            writer.WriteLine($"missing: {string.Join(", ", decision.Missing)} (give {(decision.Missing.Length == 1 ? "it" : "them")} in the product file to decide)");
        }

        if (!decision.Acceptances.IsEmpty)
        {
            writer.WriteLine();
            WriteAcceptances(writer, explanation);
        }
    }

    private static void WriteClauses(TextWriter writer, RegimeDecision decision)
    {
        if (decision.Rules.IsEmpty)
        {
            writer.WriteLine("scope: no clauses, so no include matches");
            return;
        }

        writer.WriteLine("scope clauses, in source order:");
        foreach (var (clause, index) in decision.Rules.Select((rule, index) => (rule, index)))
        {
            writer.WriteLine($"  #{Number(index)} {clause.Rule.Location}  {TerminalText.Of(clause.Rule.Text)}");
            var window = WindowNote(clause.Rule.Window);
            writer.WriteLine(clause switch
            {
                { Result: { } result } => $"     in force{window} → {result.Name()}",
                { InForce: false } => $"     not in force{window}: takes no part",
                _ => $"     in force{window}, but not evaluated: the regime is not in force",
            });
        }
    }

    private static void WriteCombination(TextWriter writer, RegimeDecision decision)
    {
        writer.WriteLine("combination:");
        writer.WriteLine($"  include = {AnyOf(decision, include: true)} = {decision.Include.Name()}");
        writer.WriteLine($"  exclude = {AnyOf(decision, include: false)} = {decision.Exclude.Name()}");
        writer.WriteLine($"  applies = include and not exclude = {decision.Include.Name()} and not {decision.Exclude.Name()} = {decision.Applies.Name()}");
    }

    /// <summary>"#1 or #2 = true or false" for the includes (or excludes) that count, "#1" for one, or a note that none does.</summary>
    private static string AnyOf(RegimeDecision decision, bool include)
    {
        var counted = decision.Rules.Select((rule, index) => (Rule: rule, Number: Number(index)))
            .Where(c => c.Rule.IsInclude == include && c.Rule.Result is not null).ToList();
        return counted switch
        {
            [] => $"no {(include ? PackScopeRule.Include : PackScopeRule.Exclude)} in force",
            [var one] => $"#{one.Number}",
            _ => $"{string.Join(" or ", counted.Select(c => $"#{c.Number}"))} = {string.Join(" or ", counted.Select(c => c.Rule.Result!.Value.Name()))}",
        };
    }

    /// <summary>A clause's number in source order: 1 for the first.</summary>
    private static int Number(int index) => index + 1;

    private static void WriteAcceptances(TextWriter writer, RegimeExplanation explanation)
    {
        var decision = explanation.Decision;
        var name = decision.Regime.Name;
        writer.WriteLine($"{name} accepts:");
        foreach (var acceptance in decision.Acceptances)
        {
            var window = WindowNote(acceptance.Acceptance.Window);
            var accepted = acceptance.InForce ? "accepted" : "not accepted";
            var standsIn = acceptance.StandsIn ? $", so {name} is satisfied by it" : "";
            writer.WriteLine($"  {acceptance.Regime}{window}: {accepted} on {Iso(decision.Date)}; {acceptance.Regime} is {acceptance.ScopeStatus.Name()} for {TerminalText.Of(explanation.Product.Id)}{standsIn}");
        }

        writer.WriteLine($"explain lets any regime of the pack stand in for {name}; certc plan lets only the regimes of the plan's");
        writer.WriteLine("target markets stand in, so a plan without the accepted regime's market schedules it.");
    }

    /// <summary>" (from … until …)" for a limited window, nothing for one that always holds.</summary>
    private static string WindowNote(DateWindow window) => window.IsAlways ? "" : $" ({window})";

    private static string Quoted(string? text) => text is null ? "" : $" \"{TerminalText.Of(text)}\"";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
