using System.Text.RegularExpressions;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// The walk-through of examples/README.md shows what certc prints: each <c>text</c> block right after a walk-through
/// command holds lines of that command's output, in order (<c>…</c> stands for lines left out, <c>sha256:…</c> for a hash).
/// <c>test.sh</c> runs the commands; this test keeps the shown output from drifting away from the real one.
/// </summary>
public sealed partial class ExamplesReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "README.md")).Replace("\r\n", "\n");

    public static TheoryData<string> CommandsWithOutput => [.. Walkthrough().Where(step => step.Expected.Count > 0).Select(step => step.Command)];

    [Theory]
    [MemberData(nameof(CommandsWithOutput))]
    public void The_output_the_readme_shows_is_what_the_command_prints(string command)
    {
        var expected = Walkthrough().Single(step => step.Command == command).Expected;
        using var scratch = new TemporaryPack();
        var link = Directory.CreateSymbolicLink(Path.Combine(scratch.Folder, "examples"), RepositoryPaths.Examples);

        var result = Certc.Run(scratch.Folder, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)]);
        link.Delete();

        Assert.True(result.ExitCode == 0, result.Error);
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
    public void The_walkthrough_checks_builds_tests_plans_and_explains()
    {
        var verbs = Walkthrough().Select(step => step.Command.Split(' ')[1]).ToHashSet();

        Assert.Superset(new HashSet<string> { "check", "test", "build", "plan", "explain" }, verbs);
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
