using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Testing;
using CertLang.Planning.Text;

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
        var regime = explanation.Regime;
        var product = explanation.Product;
        var date = Iso(explanation.Date);
        writer.WriteLine($"{regime.Name}{Quoted(regime.Title)}, declared in {regime.Market} at {regime.Location}");
        writer.WriteLine($"for {TerminalText.Of(product.Id)}{Quoted(product.Name)}, shipment on {date}");
        writer.WriteLine();
        writer.WriteLine(explanation.InForce
            ? $"window: {regime.Window}; {date} is inside it"
            : $"window: {regime.Window}; {date} is outside it, so the regime is not required whatever its scope says");
        writer.WriteLine();
        WriteClauses(writer, explanation);
        if (explanation.Combination is { } combination)
        {
            writer.WriteLine();
            WriteCombination(writer, explanation.Clauses, combination);
        }

        writer.WriteLine();
        writer.WriteLine($"status: {PackTestRunner.StatusName(explanation.Status)}");
        if (!explanation.Missing.IsEmpty)
        {
            writer.WriteLine($"missing: {string.Join(", ", explanation.Missing)} (give {(explanation.Missing.Length == 1 ? "it" : "them")} in the product file to decide)");
        }

        if (!explanation.Acceptances.IsEmpty)
        {
            writer.WriteLine();
            WriteAcceptances(writer, explanation);
        }
    }

    private static void WriteClauses(TextWriter writer, RegimeExplanation explanation)
    {
        if (explanation.Clauses.IsEmpty)
        {
            writer.WriteLine("scope: no clauses, so no include matches");
            return;
        }

        writer.WriteLine("scope clauses, in source order:");
        foreach (var clause in explanation.Clauses)
        {
            writer.WriteLine($"  #{clause.Number} {clause.Rule.Location}  {TerminalText.Of(clause.Rule.Text)}");
            var window = WindowNote(clause.Rule.Window);
            writer.WriteLine(clause switch
            {
                { Result: { } result } => $"     in force{window} → {result.Name()}",
                { InForce: false } => $"     not in force{window}: takes no part",
                _ => $"     in force{window}, but not evaluated: the regime is not in force",
            });
        }
    }

    private static void WriteCombination(TextWriter writer, IReadOnlyList<ClauseTrace> clauses, ScopeCombination combination)
    {
        writer.WriteLine("combination:");
        writer.WriteLine($"  include = {AnyOf(clauses.Where(c => c.IsInclude), "include")} = {combination.Include.Name()}");
        writer.WriteLine($"  exclude = {AnyOf(clauses.Where(c => !c.IsInclude), "exclude")} = {combination.Exclude.Name()}");
        writer.WriteLine($"  applies = include and not exclude = {combination.Include.Name()} and not {combination.Exclude.Name()} = {combination.Applies.Name()}");
    }

    /// <summary>"#1 or #2 = true or false" for the clauses that count, "#1" for one, or a note that none does.</summary>
    private static string AnyOf(IEnumerable<ClauseTrace> clauses, string kind)
    {
        var counted = clauses.Where(c => c.Result is not null).ToList();
        return counted switch
        {
            [] => $"no {kind} in force",
            [var one] => $"#{one.Number}",
            _ => $"{string.Join(" or ", counted.Select(c => $"#{c.Number}"))} = {string.Join(" or ", counted.Select(c => c.Result!.Value.Name()))}",
        };
    }

    private static void WriteAcceptances(TextWriter writer, RegimeExplanation explanation)
    {
        var name = explanation.Regime.Name;
        writer.WriteLine($"{name} accepts:");
        foreach (var acceptance in explanation.Acceptances)
        {
            var window = WindowNote(acceptance.Window);
            var accepted = acceptance.InForce ? "accepted" : "not accepted";
            writer.WriteLine($"  {acceptance.Regime}{window}: {accepted} on {Iso(explanation.Date)}; {acceptance.Regime} is {PackTestRunner.StatusName(acceptance.Status)} for {TerminalText.Of(explanation.Product.Id)}");
        }

        writer.WriteLine($"whether {name} is satisfied-by one of them depends on the plan's other markets: when {name} is required,");
        writer.WriteLine("certc plan reports it satisfied-by an accepted regime that the plan's target markets make required too.");
    }

    /// <summary>" (from … until …)" for a limited window, nothing for one that always holds.</summary>
    private static string WindowNote(DateWindow window) => window.IsAlways ? "" : $" ({window})";

    private static string Quoted(string? text) => text is null ? "" : $" \"{TerminalText.Of(text)}\"";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
