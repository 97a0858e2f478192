using System.Collections.Immutable;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Parsing;
using CertLang.Syntax.Text;

namespace CertLang.Syntax;

/// <summary>The parsed form of one source file: its text, its full-fidelity tree and its parse diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The file path of the source (empty when it has none).</summary>
    public string FilePath => Text.Path;

    /// <summary>The root node; <c>Root.ToFullString()</c> is exactly the source text.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The lexical and syntax diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Parses a source text. Never throws: any input gives a tree and diagnostics.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        var (root, diagnostics) = SyntaxParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    /// <summary>Parses a string.</summary>
    public static SyntaxTree Parse(string text, string path = "") => Parse(SourceText.From(text, path));
}
