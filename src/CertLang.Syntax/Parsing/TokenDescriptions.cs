using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;

namespace CertLang.Syntax.Parsing;

/// <summary>How parse diagnostics name tokens: <c>'regime'</c>, <c>a name</c>, <c>end of file</c>.</summary>
internal static class TokenDescriptions
{
    /// <summary>How much of a string a message about the token quotes: strings are long, and the span shows the rest.</summary>
    private const int MaxQuotedStringLength = 24;

    /// <summary>The token types the <c>identifier</c> rule accepts besides IDENTIFIER: soft keywords and units.</summary>
    public static readonly IntervalSet NameLikeTokens = IdentifierAlternatives();

    /// <summary>Describes a token the parser found.</summary>
    public static string Found(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        CertLangParser.STRING => "string " + DisplayText.Safe(token.Text, MaxQuotedStringLength),
        CertLangParser.IDENTIFIER => $"name '{DisplayText.Safe(token.Text)}'",
        CertLangParser.NUMBER or CertLangParser.DOTTED_NUMBER => $"number '{DisplayText.Safe(token.Text)}'",
        CertLangParser.DATE => $"date '{DisplayText.Safe(token.Text)}'",
        _ => $"'{DisplayText.Safe(token.Text)}'",
    };

    /// <summary>Describes the tokens the parser expected, most useful first: "a name, '}' or 'include'".</summary>
    public static string Expected(IntervalSet expected)
    {
        var types = expected.ToList().ToList();
        if (types.Contains(CertLangParser.IDENTIFIER))
        {
            types.RemoveAll(t => t != CertLangParser.IDENTIFIER && NameLikeTokens.Contains(t));
        }

        var names = types.Distinct().Select(Describe).Distinct().ToList();
        return names.Count switch
        {
            0 => "nothing more here",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
    }

    /// <summary>The expected keyword that <paramref name="word"/> is probably a misspelling of, if any.</summary>
    public static string? SuggestKeyword(string word, IntervalSet expected)
    {
        var keywords = expected.ToList()
            .Select(type => CertLangParser.DefaultVocabulary.GetLiteralName(type))
            .OfType<string>()
            .Select(literal => literal.Trim('\''))
            .Where(text => char.IsLetter(text[0]));
        return SpellChecker.Suggest(word, keywords);
    }

    private static string Describe(int type) => type switch
    {
        TokenConstants.EOF => "end of file",
        CertLangParser.IDENTIFIER => "a name",
        CertLangParser.UNIT => "a unit",
        CertLangParser.NUMBER => "a number",
        CertLangParser.DOTTED_NUMBER => "a dotted number",
        CertLangParser.STRING => "a string",
        CertLangParser.DATE => "a date (YYYY-MM-DD)",
        _ => CertLangParser.DefaultVocabulary.GetLiteralName(type) ?? CertLangParser.DefaultVocabulary.GetDisplayName(type),
    };

    private static IntervalSet IdentifierAlternatives()
    {
        var set = new IntervalSet();
        set.Add(CertLangParser.UNIT);
        set.AddAll(IntervalSet.Of(CertLangParser.PACK, CertLangParser.SATISFIED));
        return set;
    }
}
