using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.CodeFixes;

/// <summary>One edit of a code fix: <see cref="Span"/> of <see cref="Tree"/> replaced by <see cref="NewText"/>.</summary>
public sealed record CodeFixEdit(SyntaxTree Tree, TextSpan Span, string NewText);

/// <summary>A fix for a diagnostic: a title the editor shows, and its edits (possibly in another file).</summary>
public sealed record CodeFix(string Title, IReadOnlyList<CodeFixEdit> Edits, bool IsPreferred);
