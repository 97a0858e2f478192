using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

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
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.AttributeNotDeclared) is not { } attribute)
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
            Report(syntax.OperatorToken, SemanticDiagnostics.NotOrdered(syntax.OperatorToken.Text, attribute.Name, attribute.Type));
            return Error(syntax);
        }

        return BindValue(syntax.Value, attribute) is { } value ? new BoundComparison(attribute, op, value) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindMembership(InConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.AttributeNotDeclared) is not { } attribute)
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
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.AttributeNotDeclared) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute != AttributeSymbol.Category)
        {
            Report(syntax.IsKeyword, SemanticDiagnostics.IsNotOnCategory(syntax.Category.Identifier.Text));
            return Error(syntax);
        }

        return ResolveCategory(syntax.Category) is { } category ? new BoundCategoryTest(category) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindHsTest(UnderConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.AttributeNotDeclared) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute != AttributeSymbol.Hs)
        {
            Report(syntax.UnderKeyword, SemanticDiagnostics.UnderNotOnHs(syntax.Code.Text));
            return Error(syntax);
        }

        return BindHsCode(syntax.Code) is { } prefix ? new BoundHsTest(prefix) { Syntax = syntax } : Error(syntax);
    }

    private BoundCondition BindAttributeTest(NameConditionSyntax syntax)
    {
        if (ResolveAttribute(syntax.Attribute, SemanticDiagnostics.AttributeNotDeclared) is not { } attribute)
        {
            return Error(syntax);
        }

        if (attribute.Type is not BoolType)
        {
            Report(syntax, SemanticDiagnostics.NotBool(attribute.Name, attribute.Type));
            return Error(syntax);
        }

        return new BoundAttributeTest(attribute) { Syntax = syntax };
    }
}
