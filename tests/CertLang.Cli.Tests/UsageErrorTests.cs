using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// Wrong usage run as a process: one message per mistake with a "did you mean", the help hint of the command being
/// parsed, exit code 2 and nothing on standard output; <c>help</c> and <c>version</c> as verbs.
/// </summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("certc: unknown command 'chek'; did you mean 'check'?", "chek", "examples")]
    [InlineData("certc: unknown command 'hlep'; did you mean 'help'?", "hlep")]
    [InlineData("certc: unknown option '--versoin' for 'certc'; did you mean '--version'?", "--versoin")]
    [InlineData("certc: unknown option '--fromat' for 'certc check'; did you mean '--format'?", "check", "--fromat", "json", "examples")]
    [InlineData("certc: unknown option '--market' for 'certc plan'; did you mean '--markets'?",
        "plan", "--pack", "examples", "--product", "examples/products/hair_dryer.json", "--market", "CN", "--ship", "2027-06-01")]
    [InlineData("certc: unknown option '--prodcts' for 'certc diff'; did you mean '--products'?", "diff", "examples", "examples", "--prodcts", "p.json")]
    [InlineData("certc: unknown option '--chek' for 'certc fmt'; did you mean '--check'?", "fmt", "examples", "--chek")]
    [InlineData("certc: unknown format 'jsn' for --format; did you mean 'json'? Use text, json or sarif", "check", "examples", "--format", "jsn")]
    [InlineData("certc: unknown estimate 'optimstic' for --estimate; did you mean 'optimistic'? Use pessimistic, expected or optimistic",
        "plan", "--pack", "examples", "--product", "examples/products/hair_dryer.json", "--markets", "CN", "--ship", "2027-06-01", "--estimate", "optimstic")]
    public void A_misspelt_command_option_or_value_is_the_one_error_with_a_suggestion(string message, params string[] arguments)
    {
        var result = Certc.Run(RepositoryPaths.Root, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, ErrorLines(result)[0]);
        Assert.Single(ErrorLines(result)[..^1]);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("Run 'certc --help' for usage.", "chek")]
    [InlineData("Run 'certc check --help' for usage.", "check", "--fromat", "json")]
    [InlineData("Run 'certc plan --help' for usage.", "plan", "--pack", "examples")]
    public void The_hint_names_the_help_of_the_command_being_parsed(string hint, params string[] arguments)
    {
        Assert.Equal(hint, ErrorLines(Certc.Run(RepositoryPaths.Root, arguments))[^1]);
    }

    [Theory]
    [InlineData("certc: unknown command 'frobnicate'; the commands: check, build, test, plan, explain, fmt, diff, doc, lsp, help, version", "frobnicate")]
    [InlineData("certc: no command given; the commands: check, build, test, plan, explain, fmt, diff, doc, lsp, help, version")]
    [InlineData("certc: unknown option '-x' for 'certc check'", "check", "-x")]
    [InlineData("certc: unexpected argument 'b' for 'certc check'", "check", "a", "b")]
    public void Without_a_close_match_the_message_says_what_is_there(string message, params string[] arguments)
    {
        var result = Certc.Run(RepositoryPaths.Root, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], ErrorLines(result)[..^1]);
    }

    [Fact]
    public void After_a_double_dash_a_name_that_looks_like_an_option_is_a_path()
    {
        var result = Certc.Run(RepositoryPaths.Root, "fmt", "--check", "--", "-no-such-file.cert");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("'-no-such-file.cert'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "examples", "--format", "JSON")]
    [InlineData("plan", "--pack", "examples", "--product", "examples/products/hair_dryer.json", "--markets", "CN", "--ship", "2027-06-01", "--format", "Md", "--estimate", "EXPECTED")]
    public void Values_of_a_choice_are_accepted_in_any_case(params string[] arguments)
    {
        Assert.Equal(0, Certc.Run(RepositoryPaths.Root, arguments).ExitCode);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("help", "plan")]
    [InlineData("version")]
    public void Help_and_version_are_verbs_that_print_what_the_options_print(params string[] arguments)
    {
        string[] option = arguments switch
        {
            ["help"] => ["--help"],
            ["help", var topic] => [topic, "--help"],
            _ => ["--version"],
        };

        var verb = Certc.Run(RepositoryPaths.Root, arguments);

        Assert.Equal(0, verb.ExitCode);
        Assert.Equal(Certc.Run(RepositoryPaths.Root, option).Output, verb.Output);
        Assert.NotEmpty(verb.Output);
    }

    [Fact]
    public void Help_of_an_unknown_command_suggests_the_right_one()
    {
        var result = Certc.Run(RepositoryPaths.Root, "help", "chek");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("certc: unknown command 'chek'; did you mean 'check'?", ErrorLines(result)[0]);
    }

    [Theory]
    [InlineData("check", "--format <text|json|sarif>", "[default: text]")]
    [InlineData("build", "--format <text|json|sarif>", "[default: text]")]
    [InlineData("plan", "--format <text|json|md|html>", "[default: text]")]
    [InlineData("plan", "--estimate <pessimistic|expected|optimistic>", "[default: pessimistic]")]
    [InlineData("diff", "--format <text|json>", "[default: text]")]
    public void Help_shows_choices_and_defaults_as_users_type_them(string verb, string option, string shownDefault)
    {
        var line = Certc.Run(RepositoryPaths.Root, verb, "--help").OutputLines.Single(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal));

        Assert.EndsWith(shownDefault, line, StringComparison.Ordinal);
    }

    private static string[] ErrorLines(CertcResult result) => result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
