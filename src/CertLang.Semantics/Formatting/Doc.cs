using System.Collections.Immutable;

namespace CertLang.Semantics.Formatting;

/// <summary>
/// A document in the manner of Wadler's pretty printer: text and line breaks, with combinators that say how far
/// the lines inside them are indented. The formatter builds one from a syntax tree; <see cref="DocPrinter"/> lays it out.
/// </summary>
internal abstract record Doc
{
    /// <summary>Nothing.</summary>
    public static readonly Doc Empty = new TextDoc("");

    /// <summary>One space.</summary>
    public static readonly Doc Space = new TextDoc(" ");

    /// <summary>A line break; the next line starts at the indentation in force.</summary>
    public static readonly Doc Line = new LineDoc();

    /// <summary>Two line breaks: a blank line.</summary>
    public static readonly Doc BlankLine = new ConcatDoc([Line, Line]);

    /// <summary>Text printed as is.</summary>
    public static Doc Text(string text) => text.Length == 0 ? Empty : new TextDoc(text);

    /// <summary><paramref name="content"/>, whose line breaks indent <paramref name="indent"/> columns more.</summary>
    public static Doc Nest(int indent, Doc content) => new NestDoc(indent, content);

    /// <summary><paramref name="content"/>, whose line breaks indent to the column where it starts.</summary>
    public static Doc Align(Doc content) => new AlignDoc(content);

    /// <summary>The parts one after the other.</summary>
    public static Doc Concat(params IEnumerable<Doc> parts) => new ConcatDoc([.. parts]);
}

/// <summary>Text with no line break, or a comment printed verbatim.</summary>
internal sealed record TextDoc(string Value) : Doc;

/// <summary>A line break.</summary>
internal sealed record LineDoc : Doc;

/// <summary>Content indented relative to the indentation in force.</summary>
internal sealed record NestDoc(int Indent, Doc Content) : Doc;

/// <summary>Content indented to the column where it starts.</summary>
internal sealed record AlignDoc(Doc Content) : Doc;

/// <summary>A sequence of documents.</summary>
internal sealed record ConcatDoc(ImmutableArray<Doc> Parts) : Doc;
