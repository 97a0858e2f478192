using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc check</c> run as a process: output format and exit codes of docs/cli.md.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("certc-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_example_pack_checks_clean()
    {
        var result = Certc.Run(RepositoryPaths.Root, "check", "examples");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"0 errors, 0 warnings in {RepositoryPaths.ExampleFiles().Count} files", result.OutputLines.Single());
        Assert.Empty(result.Error);
    }

    [Fact]
    public void One_typo_prints_exactly_one_error_at_its_line_and_column_and_exits_1()
    {
        Write("regimes/china.cert", """
            pack p version 1.0.0
            market CN "China"

            regime CCC in CN {
              title "China Compulsory Certification"
              athority "CNCA"
              mark "CCC"
            }
            """);

        var result = Certc.Run(_folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "regimes/china.cert(6,3): error CERT0005: unexpected name 'athority'; did you mean 'authority'?",
                "  athority \"CNCA\"",
                "  ^~~~~~~~",
                "1 error, 0 warnings in 1 file",
            ],
            result.OutputLines);
    }

    [Fact]
    public void Errors_in_several_files_are_listed_by_path_in_order()
    {
        Write("b.cert", "pack p version 1.0.0\nmarket CN \"China\" }\n");
        Write("a/z.cert", "attribute voltage rated: voltage\n");

        var result = Certc.Run(_folder, "check", ".");

        var canonical = result.OutputLines.Where(line => line.Contains(": error CERT", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, canonical.Length);
        Assert.StartsWith("a/z.cert(1,19): error CERT0005: unexpected name 'rated'", canonical[0]);
        Assert.StartsWith("b.cert(2,19): error CERT0005: unexpected '}'", canonical[1]);
        Assert.Equal("2 errors, 0 warnings in 2 files; 1 info hidden, -v shows it", result.OutputLines[^1]);
    }

    [Fact]
    public void A_single_file_can_be_checked()
    {
        Write("one.cert", "pack p version 1.0.0\nmarket CN \"China\"\n");

        var result = Certc.Run(_folder, "check", "one.cert");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0 errors, 0 warnings in 1 file", result.OutputLines.Single());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_not_crashed_on()
    {
        File.WriteAllBytes(Path.Combine(_folder, "latin1.cert"), [.. "market CN \"Chin"u8, 0xE9, .. "\"\n"u8]);

        var result = Certc.Run(_folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("latin1.cert(1,1): error CERT0008: the file is not valid UTF-8 (first bad byte at offset 15)", result.OutputLines[0]);
    }

    [Fact]
    public void A_missing_folder_is_bad_input_with_a_message_and_no_stack_trace()
    {
        var result = Certc.Run(_folder, "check", "no-such-pack");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("certc: error: 'no-such-pack' is neither a folder of .cert files nor a .cert file", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build", "-o", "pack.json")]
    [InlineData("test")]
    public void A_folder_without_cert_files_is_bad_input_for_every_verb_that_reads_a_pack(params string[] arguments)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "empty"));

        var result = Certc.Run(_folder, [.. arguments.Take(1), "empty", .. arguments.Skip(1)]);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("certc: error: 'empty' holds no .cert files; a pack is a folder of .cert files with one 'pack' declaration", result.Error.Trim());
        Assert.False(File.Exists(Path.Combine(_folder, "pack.json")));
    }

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("no-such-verb")]
    [InlineData("check", "a", "b")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        var result = Certc.Run(_folder, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var result = Certc.Run(_folder, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("check", result.Output, StringComparison.Ordinal);
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
