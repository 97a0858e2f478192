using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Renaming;

/// <summary>One name to replace: where, in which tree.</summary>
public sealed record RenameLocation(SyntaxTree Tree, TextSpan Span);

/// <summary>The outcome of a rename: the locations to rewrite, or why the rename is refused.</summary>
public sealed record RenameResult(IReadOnlyList<RenameLocation> Locations, string? Refusal)
{
    /// <summary>A refused rename.</summary>
    public static RenameResult Refused(string reason) => new([], reason);
}
