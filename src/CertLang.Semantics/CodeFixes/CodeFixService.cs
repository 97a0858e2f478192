using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Types;
using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.CodeFixes;

/// <summary>The quick fixes of a diagnostic: "did you mean", declare the missing attribute, add the missing unit.</summary>
public static class CodeFixService
{
    /// <summary>The fixes of <paramref name="diagnostic"/>, reported in the model's tree.</summary>
    public static IReadOnlyList<CodeFix> GetFixes(SemanticModel model, Diagnostic diagnostic)
    {
        var fixes = new List<CodeFix>();
        var tree = model.SyntaxTree;
        if (diagnostic.Suggestion is { } suggestion)
        {
            fixes.Add(new CodeFix($"Change to '{suggestion}'", [new CodeFixEdit(tree, diagnostic.Span, suggestion)], IsPreferred: true));
        }

        if (diagnostic.Code == SemanticDiagnostics.UnknownAttribute.Code || diagnostic.Code == SemanticDiagnostics.UndeclaredTestAttribute.Code)
        {
            fixes.Add(DeclareAttribute(model, tree.Root.FindToken(diagnostic.Span.Start)));
        }

        if (diagnostic.Code == SemanticDiagnostics.MissingUnit.Code && MissingUnitFix(model, diagnostic.Span) is { } addUnit)
        {
            fixes.Add(addUnit);
        }

        return fixes;
    }

    private static CodeFix DeclareAttribute(SemanticModel model, SyntaxToken name)
    {
        var type = AttributeTypeGuess.From(name);
        var declaration = $"attribute {name.Text}: {type}";
        var lastAttribute = model.Compilation.SyntaxTrees
            .SelectMany(t => t.Root.Declarations.OfType<AttributeDeclarationSyntax>().Select(d => (Tree: t, Declaration: d)))
            .LastOrDefault();
        var edit = lastAttribute.Declaration is { } after
            ? new CodeFixEdit(lastAttribute.Tree, new TextSpan(after.Span.End, 0), "\n" + declaration)
            : new CodeFixEdit(model.SyntaxTree, new TextSpan(FirstDeclarationStart(model.SyntaxTree), 0), declaration + "\n\n");
        return new CodeFix($"Declare attribute '{DisplayText.Safe(name.Text)}: {DisplayText.Safe(type)}'", [edit], IsPreferred: false);
    }

    private static int FirstDeclarationStart(SyntaxTree tree) =>
        tree.Root.Declarations.FirstOrDefault(d => d is not PackDeclarationSyntax) is { } first ? first.Span.Start : tree.Root.Span.End;

    private static CodeFix? MissingUnitFix(SemanticModel model, TextSpan span)
    {
        var number = model.SyntaxTree.Root.FindToken(span.Start);
        var operand = number.Parent?.Parent switch
        {
            ComparisonConditionSyntax comparison => comparison.Attribute,
            ProductEntrySyntax entry => entry.Attribute,
            _ => null,
        };
        if (operand is null || model.GetOperandType(operand) is not QuantityType quantity)
        {
            return null;
        }

        var unit = Units.BaseUnit(quantity.Kind);
        return new CodeFix($"Add the unit '{unit}'", [new CodeFixEdit(model.SyntaxTree, new TextSpan(number.Span.End, 0), " " + unit)], IsPreferred: true);
    }
}
