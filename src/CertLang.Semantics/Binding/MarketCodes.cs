namespace CertLang.Semantics.Binding;

/// <summary>What market codes look like: ISO 3166 alpha-2 for countries, capital letters for blocs.</summary>
internal static class MarketCodes
{
    /// <summary>Two capital ASCII letters.</summary>
    public static bool IsCountry(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper);

    /// <summary>A country code, or for a bloc two to six capital letters.</summary>
    public static bool IsPlausible(string code, bool isBloc) =>
        isBloc ? code.Length is >= 2 and <= 6 && code.All(char.IsAsciiLetterUpper) : IsCountry(code);
}
