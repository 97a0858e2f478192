namespace CertLang.Semantics.Formatting;

/// <summary>What goes between two tokens of one item when no comment comes between them.</summary>
/// <param name="Spaces">The number of spaces.</param>
/// <param name="KeepsLineBreak">Whether a line break the author put there is kept, as a continuation line.</param>
internal readonly record struct Separator(int Spaces, bool KeepsLineBreak)
{
    /// <summary>A space, or the author's line break.</summary>
    public static Separator Space { get; } = new(1, KeepsLineBreak: true);

    /// <summary>Nothing: before <c>, : ) ..</c> and after <c>( ..</c>.</summary>
    public static Separator None { get; } = new(0, KeepsLineBreak: false);

    /// <summary>A space and never a line break: a block's <c>{</c> stays on the line of its header.</summary>
    public static Separator BeforeBrace { get; } = new(1, KeepsLineBreak: false);

    /// <summary>Spaces that pad a keyword to the column where the values of its neighbours start.</summary>
    public static Separator Padding(int spaces) => new(spaces, KeepsLineBreak: true);
}
