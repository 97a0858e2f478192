using CertLang.Syntax.Classification;
using CertLang.Syntax.Text;

namespace CertLang.LanguageServer.Features.SemanticTokens;

/// <summary>
/// Encodes classified spans as LSP 3.17 semantic tokens: five integers each, the line and start relative to the previous
/// token. A span over several lines (a block comment) becomes one token per line, since clients do not take multi-line tokens.
/// </summary>
internal static class SemanticTokenEncoder
{
    /// <summary>The tokens of <paramref name="spans"/>, which must be in source order and not overlap, in one pass over them and the lines they touch.</summary>
    public static Protocol.SemanticTokens Encode(SourceText text, IEnumerable<ClassifiedSpan> spans)
    {
        var data = new List<int>();
        var lineStarts = text.LineStarts;
        int line = 0, previousLine = 0, previousCharacter = 0;
        foreach (var span in spans)
        {
            var type = SemanticTokenLegend.TypeOf(span.Classification);
            var modifiers = SemanticTokenLegend.ModifiersOf(span);
            while (line + 1 < lineStarts.Count && lineStarts[line + 1] <= span.Span.Start)
            {
                line++;
            }

            for (var current = line; current < lineStarts.Count && lineStarts[current] < span.Span.End; current++)
            {
                var content = text.GetLineSpan(current, includeLineBreak: false);
                var start = Math.Max(span.Span.Start, content.Start);
                var end = Math.Min(span.Span.End, content.End);
                if (end <= start)
                {
                    continue;
                }

                var character = start - content.Start;
                data.Add(current - previousLine);
                data.Add(current == previousLine ? character - previousCharacter : character);
                data.Add(end - start);
                data.Add(type);
                data.Add(modifiers);
                (previousLine, previousCharacter) = (current, character);
            }
        }

        return new Protocol.SemanticTokens(data);
    }
}
