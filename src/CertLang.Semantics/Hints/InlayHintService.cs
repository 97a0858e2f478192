using System.Globalization;
using CertLang.Semantics.Processes;
using CertLang.Semantics.Types;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Hints;

/// <summary>A short label the editor shows inline at <see cref="Position"/>.</summary>
public sealed record InlayHint(int Position, string Label);

/// <summary>The inline hints of a tree: a regime's total lead time after <c>process</c>, a quantity's value in its base unit after a scaled unit.</summary>
public static class InlayHintService
{
    /// <summary>The hints of the model's tree within <paramref name="span"/>, in source order.</summary>
    public static IReadOnlyList<InlayHint> GetHints(SemanticModel model, TextSpan span)
    {
        var hints = new List<InlayHint>();
        foreach (var node in model.SyntaxTree.Root.DescendantNodes().Where(n => n.Span.Start <= span.End && span.Start <= n.Span.End))
        {
            switch (node)
            {
                case ProcessBlockSyntax process when LeadTimeOf(model, process) is { } leadTime:
                    hints.Add(new InlayHint(process.ProcessKeyword.Span.End, $"lead time {leadTime}"));
                    break;
                case NumberValueSyntax { Unit: { } unit } number when BaseValue(number.Number.Text, unit.Text) is { } inBaseUnit:
                    hints.Add(new InlayHint(unit.Span.End, $"= {inBaseUnit}"));
                    break;
            }
        }

        return [.. hints.Where(h => span.Start <= h.Position && h.Position <= span.End).OrderBy(h => h.Position)];
    }

    private static LeadTime? LeadTimeOf(SemanticModel model, ProcessBlockSyntax process) =>
        model.Compilation.Regimes.FirstOrDefault(r => ReferenceEquals(r.Syntax, process.Parent)) is { } regime ? RegimeLeadTime.Of(regime) : null;

    private static string? BaseValue(string number, string unitName)
    {
        if (Units.Quantity(unitName) is not { Factor: not 1m } unit
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return $"{(amount * unit.Factor).ToString("0.############", CultureInfo.InvariantCulture)} {Units.BaseUnit(unit.Kind)}";
    }
}
