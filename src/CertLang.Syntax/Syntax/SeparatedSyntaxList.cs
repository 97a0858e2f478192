using System.Collections;
using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary>A list of elements with the separators (commas) between them.</summary>
internal interface ISeparatedSyntaxList
{
    /// <summary>Elements and separators in source order.</summary>
    IEnumerable<SyntaxElement> ElementsAndSeparators { get; }
}

/// <summary>A comma-separated list of nodes or tokens; enumerating it gives the elements without the commas.</summary>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISeparatedSyntaxList
    where T : SyntaxElement
{
    internal SeparatedSyntaxList(ImmutableArray<T> elements, ImmutableArray<SyntaxToken> separators)
    {
        Elements = elements;
        Separators = separators;
    }

    /// <summary>The elements.</summary>
    public ImmutableArray<T> Elements { get; }

    /// <summary>The separators; element i is followed by separator i.</summary>
    public ImmutableArray<SyntaxToken> Separators { get; }

    /// <inheritdoc />
    public int Count => Elements.Length;

    /// <inheritdoc />
    public T this[int index] => Elements[index];

    /// <summary>Elements and separators in source order.</summary>
    public IEnumerable<SyntaxElement> ElementsAndSeparators
    {
        get
        {
            for (var i = 0; i < Elements.Length; i++)
            {
                yield return Elements[i];
                if (i < Separators.Length)
                {
                    yield return Separators[i];
                }
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
