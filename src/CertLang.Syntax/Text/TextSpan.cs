namespace CertLang.Syntax.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>, from <see cref="Start"/> up to but not including <see cref="End"/>.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The position just after the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Makes the span from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="position"/> lies inside the span (the end excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <inheritdoc />
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
