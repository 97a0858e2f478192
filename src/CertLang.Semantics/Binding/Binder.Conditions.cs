using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Conditions: attributes resolved, operators checked against types, values checked and converted.</summary>
internal sealed partial class Binder
{
    private BoundCondition BindCondition(ConditionSyntax syntax) => syntax switch
    {
        BinaryConditionSyntax binary => new BoundBinaryCondition(
            BindCondition(binary.Left),
            binary.OperatorToken.Kind == SyntaxKind.AndKeyword ? LogicalOperator.And : LogicalOperator.Or,
            BindCondition(binary.Right)) { Syntax = binary },
        NotConditionSyntax not => new BoundNotCondition(BindCondition(not.Operand)) { Syntax = not },
        ParenthesizedConditionSyntax parenthesized => BindCondition(parenthesized.Condition),
        ComparisonConditionSyntax comparison => BindComparison(comparison),
        InConditionSyntax membership => BindMembership(membership),
        IsConditionSyntax isCondition => BindCategoryTest(isCondition),
        UnderConditionSyntax under => BindHsTest(under),
        NameConditionSyntax name => BindAttributeTest(name),
        BooleanConditionSyntax constant => new BoundConstant(constant.Keyword.Kind == SyntaxKind.TrueKeyword) { Syntax = constant },
        _ => Error(syntax),
    };

    private static BoundErrorCondition Error(SyntaxNode syntax) => new() { Syntax = syntax };

    private BoundCondition BindComparison(ComparisonConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.UnknownAttribute) is not { } attribute)
        {
            return Error(syntax);
        }

        var op = syntax.OperatorToken.Kind switch
        {
            SyntaxKind.ExclamationEqualsToken => ComparisonOperator.NotEqual,
            SyntaxKind.LessThanToken => ComparisonOperator.Less,
            SyntaxKind.LessThanEqualsToken => ComparisonOperator.LessOrEqual,
            SyntaxKind.GreaterThanToken => ComparisonOperator.Greater,
            SyntaxKind.GreaterThanEqualsToken => ComparisonOperator.GreaterOrEqual,
            _ => ComparisonOperator.Equal,
        };
        var ordered = attribute.Type is QuantityType or NumberType or DateType;
        if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual) && !ordered)
        {
            Report(SemanticDiagnostics.OperatorNotApplicable, syntax.OperatorToken,
                $"'{syntax.OperatorToken.Text}' compares quantities, numbers and dates; '{Safe(attribute.Name)}' is {Article(attribute.Type)}: use == or !=");
            return Error(syntax);
        }

        return BindValue(syntax.Value, attribute) is { } value ? new BoundComparison(attribute, op, value) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindMembership(InConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.UnknownAttribute) is not { } attribute)
        {
            return Error(syntax);
        }

        var values = syntax.Values.Select(v => BindValue(v, attribute)).ToList();
        return values.All(v => v is not null)
            ? new BoundMembership(attribute, [.. values.OfType<BoundValue>()]) { Syntax = syntax }
            : Error(syntax);
    }

    private BoundCondition BindCategoryTest(IsConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.UnknownAttribute) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute != AttributeSymbol.Category)
        {
            Report(SemanticDiagnostics.OperatorNotApplicable, syntax.IsKeyword,
                $"'is' tests the category of a product: write 'category is {Safe(syntax.Category.Identifier.Text)}'");
            return Error(syntax);
        }

        return ResolveCategory(syntax.Category) is { } category ? new BoundCategoryTest(category) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindHsTest(UnderConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.UnknownAttribute) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute != AttributeSymbol.Hs)
        {
            Report(SemanticDiagnostics.OperatorNotApplicable, syntax.UnderKeyword,
                $"'under' tests the HS code of a product: write 'hs under {Safe(syntax.Code.Text)}'");
            return Error(syntax);
        }

        return BindHsCode(syntax.Code) is { } prefix ? new BoundHsTest(prefix) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindAttributeTest(NameConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.UnknownAttribute) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute.Type is not BoolType)
        {
            Report(SemanticDiagnostics.NotBoolean, syntax,
                $"'{Safe(attribute.Name)}' is {Article(attribute.Type)}, not a bool: compare it, as in {Safe(attribute.Name)} == …");
            return Error(syntax);
        }

        return new BoundAttributeTest(attribute) { Syntax = syntax };
    }
}
