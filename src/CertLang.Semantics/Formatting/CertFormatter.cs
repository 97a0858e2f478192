using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Formatting;

/// <summary>
/// The CertLang formatter, shared by <c>certc fmt</c> and the language server: lays a file out in the canonical style
/// (docs/language.md, "Formatting") without changing a token or losing a comment.
/// </summary>
public static class CertFormatter
{
    /// <summary>The canonical text of <paramref name="tree"/>, or null when the tree has syntax errors: a broken file is never reformatted.</summary>
    public static string? Format(SyntaxTree tree)
    {
        if (tree.Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        return DocPrinter.Print(SyntaxDocBuilder.Build(tree.Root), LineEndings.Dominant(tree.Root));
    }
}
