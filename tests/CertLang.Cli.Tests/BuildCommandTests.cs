using CertLang.Packs.Projects;
using CertLang.Packs.Serialization;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc build</c> as a process: deterministic, atomic, and nothing written when the sources have errors.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("certc-build-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void The_example_pack_builds_and_two_builds_are_byte_identical()
    {
        var first = Path.Combine(_output, "first.json");
        var second = Path.Combine(_output, "second.json");

        var result = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", first);
        Certc.Run(RepositoryPaths.Root, "build", "examples", "--output", second);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^wrote .*first\.json: pack global_electrical 1\.0\.0, \d+ regimes in \d+ markets, \d+ tests, sha256:[0-9a-f]{64}$", result.OutputLines.Single());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal([first, second], Directory.GetFiles(_output).Order());
    }

    [Fact]
    public void The_pack_certc_builds_is_the_one_the_library_pack_project_builds_from_any_current_folder()
    {
        var target = Path.Combine(_output, "pack.json");

        var result = Certc.Run(_output, "build", RepositoryPaths.Examples, "-o", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(RulePackJson.Write(PackProject.CompileFolder(RepositoryPaths.Examples).BuildPack()), File.ReadAllText(target));
    }

    [Fact]
    public void Sources_with_errors_write_nothing_and_leave_an_existing_pack_alone()
    {
        using var pack = new TemporaryPack().With("pack.cert", "pack p version 1.0.0\nregime R in NOWHERE { }\n");
        var target = Path.Combine(_output, "pack.json");
        File.WriteAllText(target, "the previous pack");

        var result = Certc.Run(pack.Folder, "build", "-o", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CERT1003: unknown market 'NOWHERE'", result.Output, StringComparison.Ordinal);
        Assert.Equal("the previous pack", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_output));
    }

    [Fact]
    public void Diagnostics_of_a_build_can_be_sarif_and_stdout_stays_sarif()
    {
        using var pack = new TemporaryPack().With("pack.cert", "pack p version 1.0.0\nregime R in NOWHERE { }\n");

        var result = Certc.Run(pack.Folder, "build", "-o", Path.Combine(_output, "pack.json"), "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("2.1.0", System.Text.Json.JsonDocument.Parse(result.Output).RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Missing_folders_of_the_output_path_are_created()
    {
        var target = Path.Combine(_output, "out", "packs", "pack.json");

        var result = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", target);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(target));
    }

    [Fact]
    public void An_output_path_under_a_file_is_a_user_error_naming_the_path()
    {
        var file = Path.Combine(_output, "a-file");
        File.WriteAllText(file, "not a folder");
        var target = Path.Combine(file, "pack.json");

        var result = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", target);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"cannot write '{target}'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFiles(_output));
    }

    [Fact]
    public void The_output_option_is_required()
    {
        var result = Certc.Run(RepositoryPaths.Root, "build", "examples");

        Assert.Equal(2, result.ExitCode);
    }
}
