using System.CommandLine;
using System.CommandLine.Parsing;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Commands;

/// <summary>
/// The one place that turns what System.CommandLine found wrong with a command line into certc's messages (exit code 2,
/// docs/cli.md "Exit codes"): an unknown command, option or argument is named with a "did you mean" from the project's
/// spell checker, and the errors that only follow from it (its value taken for an argument, the option it misspells
/// reported as missing) are left out.
/// </summary>
internal static class UsageErrors
{
    /// <summary>What is wrong with the command line, one message a line without the <c>certc:</c> prefix; empty when nothing is.</summary>
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        if (FirstUnknownToken(result) is { } unknown)
        {
            return [Unknown(result.CommandResult, unknown)];
        }

        return [.. result.Errors.Select(e => e.SymbolResult is CommandResult { Command: RootCommand root } ? NoCommand(root) : e.Message).Distinct()];
    }

    /// <summary>The line after the messages: where the usage of the command that was being parsed is shown.</summary>
    public static string HelpHint(ParseResult result) => $"Run '{PathOf(result.CommandResult)} --help' for usage.";

    /// <summary>
    /// The first token, in command-line order, that the parse could not place (an unmatched token, or an option-like
    /// token taken for a positional argument); tokens after <c>--</c> are arguments whatever they look like.
    /// </summary>
    private static string? FirstUnknownToken(ParseResult result)
    {
        var unmatched = result.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
        var positional = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet();
        foreach (var token in result.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash))
        {
            if (token.Type == TokenType.Argument && (unmatched.Contains(token.Value) || (positional.Contains(token) && LooksLikeOption(token.Value))))
            {
                return token.Value;
            }
        }

        return null;
    }

    private static string Unknown(CommandResult command, string token)
    {
        var path = PathOf(command);
        if (LooksLikeOption(token))
        {
            return $"unknown option '{DisplayText.Safe(token)}' for '{path}'{DidYouMean(token, OptionNames(command.Command))}";
        }

        if (command.Command is not RootCommand root)
        {
            return $"unexpected argument '{DisplayText.Safe(token)}' for '{path}'";
        }

        var suggestion = DidYouMean(token, CommandNames(root));
        return $"unknown command '{DisplayText.Safe(token)}'{(suggestion == "" ? $"; the commands: {string.Join(", ", CommandNames(root))}" : suggestion)}";
    }

    private static string NoCommand(RootCommand root) => $"no command given; the commands: {string.Join(", ", CommandNames(root))}";

    /// <summary>"; did you mean 'x'?" for the closest candidate; nothing for a single letter (<c>-x</c>), which is one edit from every other.</summary>
    private static string DidYouMean(string token, IEnumerable<string> candidates) =>
        token.TrimStart('-').Length > 1 && SpellChecker.Suggest(token, candidates) is { } close ? $"; did you mean '{close}'?" : "";

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    private static IEnumerable<string> CommandNames(Command root) => root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);

    /// <summary>The names and aliases of the options <paramref name="command"/> takes: its own and those its ancestors pass down (<c>--help</c>).</summary>
    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Concat(Ancestors(command).SelectMany(a => a.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(LooksLikeOption)
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    /// <summary><c>certc</c> and the verbs down to <paramref name="command"/>, as typed: <c>certc check</c>.</summary>
    private static string PathOf(CommandResult command)
    {
        var names = new List<string>();
        for (var current = command; current is { Command: not RootCommand }; current = current.Parent as CommandResult)
        {
            names.Insert(0, current.Command.Name);
        }

        return string.Join(' ', names.Prepend("certc"));
    }
}
