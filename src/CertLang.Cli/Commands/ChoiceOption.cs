using System.CommandLine;
using System.CommandLine.Parsing;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Commands;

/// <summary>
/// Options that take one of a few names (<c>--format text|json</c>): any case is accepted and gives the name as listed, help
/// shows the default as users type it, and another value is a usage error with a "did you mean" from the spell checker.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>Creates the option <paramref name="name"/> taking one of <paramref name="names"/> (the first by default), a <paramref name="noun"/> in messages.</summary>
    public static Option<string> Create(string name, string description, string noun, IReadOnlyList<string> names)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => names[0],
            CustomParser = result => Parse(result, name, noun, names),
        };
        option.CompletionSources.Add([.. names]);
        return option;
    }

    private static string Parse(ArgumentResult result, string option, string noun, IReadOnlyList<string> names)
    {
        var value = result.Tokens.Single().Value;
        if (names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            return named;
        }

        var suggestion = SpellChecker.Suggest(value.ToLowerInvariant(), names) is { } close ? $"; did you mean '{close}'? Use" : "; use";
        result.AddError($"unknown {noun} '{DisplayText.Safe(value)}' for {option}{suggestion} {string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}");
        return names[0];
    }
}
