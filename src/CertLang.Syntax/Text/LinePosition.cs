namespace CertLang.Syntax.Text;

/// <summary>A zero-based line and character (UTF-16 code unit) position, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>The one-based "line,column" form that compilers print.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

/// <summary>The start and end of a span as line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
