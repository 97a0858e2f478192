using System.Diagnostics;
using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>The layout of conditions, values, durations and attribute types: one line, one space between tokens.</summary>
internal sealed partial class SyntaxDocBuilder
{
    private Doc Condition(ConditionSyntax condition) => condition switch
    {
        BinaryConditionSyntax binary => Spaced(PieceOf(binary.Left), PieceOf(binary.OperatorToken), PieceOf(binary.Right)),
        NotConditionSyntax not => Spaced(PieceOf(not.NotKeyword), PieceOf(not.Operand)),
        ParenthesizedConditionSyntax parenthesized => Doc.Concat(
            Doc.Text(parenthesized.OpenParen.Text),
            Doc.Nest(IndentSize, Doc.Concat(Inline(parenthesized.Condition.FirstToken, Separator.None), Element(parenthesized.Condition))),
            Inline(parenthesized.CloseParen, Separator.None),
            Doc.Text(parenthesized.CloseParen.Text)),
        ComparisonConditionSyntax comparison => Spaced(PieceOf(comparison.Attribute), PieceOf(comparison.OperatorToken), PieceOf(comparison.Value)),
        InConditionSyntax membership => Spaced(
            PieceOf(membership.Attribute), PieceOf(membership.InKeyword), PieceOf(membership.OpenBrace), CommaList(membership.Values),
            PieceOf(membership.CloseBrace)),
        IsConditionSyntax isCondition => Spaced(PieceOf(isCondition.Attribute), PieceOf(isCondition.IsKeyword), PieceOf(isCondition.Category)),
        UnderConditionSyntax under => Spaced(PieceOf(under.Attribute), PieceOf(under.UnderKeyword), PieceOf(under.Code)),
        NameConditionSyntax name => Element(name.Attribute),
        BooleanConditionSyntax boolean => Element(boolean.Keyword),
        _ => throw new UnreachableException($"unknown condition {condition.Kind}"),
    };

    private Doc Value(ValueSyntax value) => value switch
    {
        NumberValueSyntax number => Spaced(PieceOf(number.Number), OptionalPiece(number.Unit)),
        LiteralValueSyntax literal => Element(literal.Literal),
        NameValueSyntax name => Element(name.Name),
        _ => throw new UnreachableException($"unknown value {value.Kind}"),
    };

    /// <summary><c>3 days</c>, <c>4..8 weeks</c>.</summary>
    private Doc Duration(DurationSyntax duration)
    {
        var parts = new List<Doc> { Doc.Text(duration.Minimum.Text) };
        if (duration is { DotDot: { } dotDot, Maximum: { } maximum })
        {
            parts.Add(Inline(dotDot, Separator.None));
            parts.Add(Doc.Text(dotDot.Text));
            parts.Add(Inline(maximum, Separator.None));
            parts.Add(Doc.Text(maximum.Text));
        }

        parts.Add(Inline(duration.Unit, Separator.Space));
        parts.Add(Doc.Text(duration.Unit.Text));
        return Doc.Concat(parts);
    }

    private Doc Type(TypeSyntax type) => type switch
    {
        NamedTypeSyntax named => Element(named.Identifier),
        EnumTypeSyntax enumeration => Spaced(
            PieceOf(enumeration.EnumKeyword), PieceOf(enumeration.OpenBrace), CommaList(enumeration.Members), PieceOf(enumeration.CloseBrace)),
        _ => throw new UnreachableException($"unknown type {type.Kind}"),
    };
}
