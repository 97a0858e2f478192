using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Diagnostics;

/// <summary>
/// What a diagnostic says, before it has a place: its descriptor, its message and its "did you mean" word. The
/// factories of <see cref="SemanticDiagnostics"/> make them; the binder places them at the syntax they are about.
/// </summary>
internal sealed record DiagnosticMessage(DiagnosticDescriptor Descriptor, string Text, string? Suggestion = null)
{
    /// <summary>The diagnostic at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public Diagnostic At(SourceText source, TextSpan span) => new(Descriptor, source, span, Text) { Suggestion = Suggestion };
}
