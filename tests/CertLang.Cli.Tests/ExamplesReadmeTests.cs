using System.Text.RegularExpressions;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// The walk-through of examples/README.md cannot rot: every command marked <c>&lt;!-- walkthrough --&gt;</c> runs (in a
/// scratch folder that links to the examples) and succeeds, writes the file it names with <c>-o</c> (in <c>out/</c>, which git
/// ignores, so that a reader following it from the repository's root adds nothing to the repository), and prints the
/// lines of the <c>text</c> block shown right after it, in order (<c>…</c> stands for lines left out, <c>sha256:…</c> for a hash).
/// </summary>
public sealed partial class ExamplesReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "README.md")).Replace("\r\n", "\n");

    public static TheoryData<string> Commands => [.. Walkthrough().Select(step => step.Command)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_command_succeeds_writes_its_output_file_and_prints_what_the_readme_shows(string command)
    {
        var expected = Walkthrough().Single(step => step.Command == command).Expected;
        var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        using var scratch = new TemporaryPack();
        var link = Directory.CreateSymbolicLink(Path.Combine(scratch.Folder, "examples"), RepositoryPaths.Examples);

        var result = Certc.Run(scratch.Folder, [.. arguments]);
        link.Delete();

        Assert.True(result.ExitCode == 0, $"examples/README.md: `{command}` failed:\n{result.Error}");
        if (arguments.IndexOf("-o") is var output and >= 0)
        {
            Assert.True(File.Exists(Path.Combine(scratch.Folder, arguments[output + 1])), $"`{command}` did not write {arguments[output + 1]}");
        }

        var actual = result.Output.Replace("\r\n", "\n").Split('\n');
        var next = 0;
        foreach (var line in expected)
        {
            var pattern = new Regex("^" + Regex.Escape(line).Replace("sha256:…", "sha256:[0-9a-f]{64}", StringComparison.Ordinal) + "$");
            var found = Array.FindIndex(actual, next, a => pattern.IsMatch(a));
            Assert.True(found >= 0, $"examples/README.md shows the line\n  {line}\nafter `{command}`, but certc did not print it (in this order). It printed:\n{result.Output}");
            next = found + 1;
        }
    }

    [Fact]
    public void The_walkthrough_checks_builds_tests_plans_and_explains_and_every_marked_block_is_read()
    {
        var verbs = Walkthrough().Select(step => step.Command.Split(' ')[1]).ToHashSet();

        Assert.Equal(Readme.Split("<!-- walkthrough -->").Length - 1, Walkthrough().Count());

        Assert.Superset(new HashSet<string> { "check", "test", "build", "plan", "explain" }, verbs);
        Assert.All(Walkthrough().Select(step => step.Command.Split(' ')).Where(words => words.Contains("-o")), words => Assert.StartsWith("out/", words[Array.IndexOf(words, "-o") + 1], StringComparison.Ordinal));
        Assert.Contains(Walkthrough(), step => step.Command.Contains("--markets CN,DE,KR,US", StringComparison.Ordinal) && step.Command.Contains("--format html", StringComparison.Ordinal));
    }

    /// <summary>Each walk-through command with the output lines shown under it (none when no text block follows).</summary>
    private static IEnumerable<(string Command, IReadOnlyList<string> Expected)> Walkthrough() =>
        WalkthroughStep().Matches(Readme).Select(match => (
            match.Groups["command"].Value.Trim(),
            (IReadOnlyList<string>)[.. match.Groups["output"].Value.Split('\n').Where(line => line.Length > 0 && line != "…")]));

    [GeneratedRegex(@"<!-- walkthrough -->\n```sh\n(?<command>certc [^\n]*)\n```\n(?:\n```text\n(?<output>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex WalkthroughStep();
}
