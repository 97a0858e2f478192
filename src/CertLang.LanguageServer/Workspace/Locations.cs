using CertLang.LanguageServer.Protocol;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Workspace;

/// <summary>Protocol locations of spans in trees (a tree's path is its document URI).</summary>
internal static class Locations
{
    /// <summary>The location of <paramref name="span"/> in <paramref name="tree"/>.</summary>
    public static Location Of(SyntaxTree tree, TextSpan span) => new(tree.FilePath, RangeOf(tree.Text, span));

    /// <summary>The protocol range of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static Protocol.Range RangeOf(SourceText text, TextSpan span) => Positions.ToRange(text.GetLinePositionSpan(span));
}
