using CertLang.Syntax.Text;

namespace CertLang.Syntax.Diagnostics;

/// <summary>One problem found in a source file: what, where, and what to do about it.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceText Source, TextSpan Span, string Message)
{
    /// <summary>The text that would fix the problem if it replaced the span (the "did you mean" word), when one is known.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The stable code, such as CERT0005.</summary>
    public string Code => Descriptor.Code;

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The line positions of the span.</summary>
    public LinePositionSpan LineSpan => Source.GetLinePositionSpan(Span);

    /// <inheritdoc />
    public override string ToString() => $"{Source.Path}({LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
