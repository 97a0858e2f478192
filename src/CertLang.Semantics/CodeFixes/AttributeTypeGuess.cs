using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.CodeFixes;

/// <summary>Guesses the type of an undeclared attribute from how it is used: the unit it is compared with, the kind of value, or a bare name (a flag).</summary>
internal static class AttributeTypeGuess
{
    /// <summary>The type to declare for the attribute named by <paramref name="name"/>, as written in a declaration.</summary>
    public static string From(SyntaxToken name) => name.Parent?.Parent switch
    {
        ComparisonConditionSyntax comparison => OfValues([comparison.Value]),
        ProductEntrySyntax entry => OfValues([entry.Value]),
        InConditionSyntax set => OfValues([.. set.Values]),
        IsConditionSyntax => "category",
        _ => "bool",
    };

    private static string OfValues(IReadOnlyList<ValueSyntax> values) => values.FirstOrDefault() switch
    {
        NumberValueSyntax { Unit: { } unit } => Units.Quantity(unit.Text)?.Kind.ToString().ToLowerInvariant() ?? "number",
        NumberValueSyntax => "number",
        LiteralValueSyntax { Literal.Kind: SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } => "bool",
        LiteralValueSyntax { Literal.Kind: SyntaxKind.StringToken } => "text",
        LiteralValueSyntax { Literal.Kind: SyntaxKind.DateToken } => "date",
        NameValueSyntax => $"enum {{ {string.Join(", ", values.OfType<NameValueSyntax>().Select(v => v.Name.Identifier.Text).Distinct())} }}",
        _ => "text",
    };
}
