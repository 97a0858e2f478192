using System.Text.RegularExpressions;
using CertLang.Packs.Model;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc doc</c> as a process: both files, self-contained HTML, byte-identical runs, and nothing written on errors.</summary>
public sealed partial class DocCommandTests : IDisposable
{
    private static readonly RulePack ExamplePack = PackCompiler.BuildExamples();

    private readonly string _output = Directory.CreateTempSubdirectory("certc-doc-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void The_reference_of_the_example_pack_is_written_as_markdown_and_html_into_a_new_folder()
    {
        var folder = Path.Combine(_output, "reference");

        var result = Certc.Run(RepositoryPaths.Root, "doc", "examples", "-o", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(
            $@"^wrote .*reference/index\.md and .*reference/index\.html: reference of pack global_electrical 1\.0\.0, {ExamplePack.Regimes.Length} regimes in {ExamplePack.Markets.Length} markets$",
            result.OutputLines.Single());
        Assert.Equal(["index.html", "index.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var markdown = File.ReadAllText(Path.Combine(folder, "index.md"));
        Assert.StartsWith("# global_electrical 1.0.0\n", markdown, StringComparison.Ordinal);
        var table = markdown.Split('\n').SkipWhile(line => !line.StartsWith("| market | name | members |", StringComparison.Ordinal)).TakeWhile(line => line.StartsWith('|')).ToList();
        Assert.Equal(["market", "name", "members", "regimes"], Cells(table[0]));
        Assert.Equal(ExamplePack.Markets.Select(m => $"`{m.Name}`"), table.Skip(2).Select(row => Cells(row)[0]));
        Assert.All(table.Skip(2), row =>
        {
            var market = Cells(row)[0].Trim('`');
            Assert.Equal(string.Join(", ", ExamplePack.Regimes.Where(r => r.Market == market).Select(r => $"`{r.Name}`")), Cells(row)[3]);
        });
        Assert.Contains("- Includes `household_appliance`, `it_equipment`, `telecom_terminal`, `audio_video`, `luminaire` where `rated_voltage > 12 V`.", markdown, StringComparison.Ordinal);
        Assert.Contains("Lead time: 12..26 weeks", markdown, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<code>rated_voltage &gt; 12 V</code>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>3..6 weeks</strong>", html, StringComparison.Ordinal);
        Assert.Contains("\n### Not covered\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- `CN`: MIIT network access licence (NAL) of terminals connected to public networks: not modelled; plan it separately\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<li><code>CN</code>: MIIT network access licence (NAL) of terminals connected to public networks: not modelled; plan it separately</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_loads_nothing_from_the_network_and_links_only_to_the_regimes_sources()
    {
        Certc.Run(RepositoryPaths.Root, "doc", "examples", "-o", _output);
        var html = File.ReadAllText(Path.Combine(_output, "index.html"));

        Assert.DoesNotMatch("(?i)<script|<link|<iframe|<img|@import|@font-face|url\\(|src=", html);
        var sources = ExamplePack.Regimes.Select(r => r.Source).ToList();
        Assert.All(sources, source => Assert.StartsWith("https://", source, StringComparison.Ordinal));
        var addresses = WebAddress().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(sources.SelectMany(source => new[] { source, source }), addresses);
        Assert.All(sources, source => Assert.Contains($"<a href=\"{source}\" rel=\"noreferrer\">{source}</a>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_texts_cannot_inject_markup_or_links()
    {
        using var pack = new TemporaryPack().With("pack.cert", """
            pack p version 1.0.0 "<script>alert(1)</script>"
            market CN "China"
            regime R in CN {
              title  "*bold* <b>html</b> | pipe"
              source "javascript:alert(1)"
            }
            """);

        Certc.Run(pack.Folder, "doc", "-o", _output);

        var html = File.ReadAllText(Path.Combine(_output, "index.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(_output, "index.md"));
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", markdown, StringComparison.Ordinal);
        Assert.Contains("### R: \\*bold\\* \\<b\\>html\\</b\\> | pipe", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Source:** javascript:alert(1)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_and_a_run_on_the_built_pack_write_byte_identical_files()
    {
        var packFile = Path.Combine(_output, "pack.json");
        Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", packFile);
        var runs = new[] { "first", "second", "built" }.Select(name => Path.Combine(_output, name)).ToList();

        Certc.Run(RepositoryPaths.Root, "doc", "examples", "-o", runs[0]);
        Certc.Run(RepositoryPaths.Root, "doc", "examples", "--output", runs[1]);
        Certc.Run(RepositoryPaths.Root, "doc", packFile, "-o", runs[2]);

        foreach (var file in new[] { "index.md", "index.html" })
        {
            var contents = runs.Select(run => File.ReadAllBytes(Path.Combine(run, file))).ToList();
            Assert.All(contents, content => Assert.Equal(contents[0], content));
        }
    }

    [Fact]
    public void Sources_with_errors_write_nothing()
    {
        using var pack = new TemporaryPack().With("pack.cert", "pack p version 1.0.0\nregime R in NOWHERE { }\n");
        var folder = Path.Combine(_output, "reference");

        var result = Certc.Run(pack.Folder, "doc", "-o", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CERT1003: unknown market 'NOWHERE'", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void The_output_folder_is_required_and_a_file_in_its_place_is_bad_input()
    {
        var file = Path.Combine(_output, "taken");
        File.WriteAllText(file, "not a folder");

        Assert.Equal(2, Certc.Run(RepositoryPaths.Root, "doc", "examples").ExitCode);
        var result = Certc.Run(RepositoryPaths.Root, "doc", "examples", "-o", file);
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("certc: error: cannot create the folder", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Cells(string row) => [.. row.Trim('|').Split('|').Select(cell => cell.Trim())];

    [GeneratedRegex("https?://[^\"<\\s]+")]
    private static partial Regex WebAddress();
}
