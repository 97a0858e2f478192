using System.Text;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary><c>certc fmt</c> as a process: formats in place, <c>--check</c> changes nothing, broken files are never touched.</summary>
public sealed class FmtCommandTests : IDisposable
{
    private const string Unformatted = "market   EU \"European Union\" { members AT,BE }\n\n\n\nmarket CN \"China\"   // trailing\n";
    private const string Formatted = "market EU \"European Union\" {\n  members AT, BE\n}\n\nmarket CN \"China\" // trailing\n";
    private const string Broken = "market   CN \"China\" }\n";

    private readonly TemporaryPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Formats_every_cert_file_under_the_folder_in_place_and_prints_the_paths_it_changed()
    {
        _pack.With("a.cert", Unformatted).With("regimes/b.cert", Unformatted).With("regimes/c.cert", Formatted).With("notes.txt", Unformatted);

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["a.cert", "regimes/b.cert"], result.OutputLines);
        Assert.Equal(Formatted, Read("a.cert"));
        Assert.Equal(Formatted, Read("regimes/b.cert"));
        Assert.Equal(Formatted, Read("regimes/c.cert"));
        Assert.Equal(Unformatted, Read("notes.txt"));
        Assert.Equal(["a.cert", "notes.txt", "regimes/b.cert", "regimes/c.cert"], FilesInPack());
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_exits_1_and_changes_nothing()
    {
        _pack.With("a.cert", Unformatted).With("b.cert", Formatted).With("c/d.cert", Unformatted);

        var result = Certc.Run(_pack.Folder, "fmt", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["a.cert", "c/d.cert"], result.OutputLines);
        Assert.Equal(Unformatted, Read("a.cert"));
        Assert.Equal(Unformatted, Read("c/d.cert"));
        Assert.Equal(["a.cert", "b.cert", "c/d.cert"], FilesInPack());
    }

    [Theory]
    [InlineData("fmt")]
    [InlineData("fmt", "--check")]
    public void Formatted_files_exit_0_with_no_output(params string[] arguments)
    {
        _pack.With("a.cert", Formatted).With("b/c.cert", Formatted);

        var result = Certc.Run(_pack.Folder, arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal(Formatted, Read("b/c.cert"));
    }

    [Fact]
    public void The_example_pack_is_formatted()
    {
        var result = Certc.Run(RepositoryPaths.Root, "fmt", "--check", "examples");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_as_check_reports_it_and_left_untouched_while_the_others_are_formatted()
    {
        _pack.With("broken.cert", Broken).With("good.cert", Unformatted);

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "good.cert",
                "broken.cert(1,21): error CERT0005: unexpected '}'; expected end of file, 'pack', 'attribute', 'category', 'market', 'regime' or 'test'",
                "market   CN \"China\" }",
                "                    ^",
                "1 error, 0 warnings in 2 files",
            ],
            result.OutputLines);
        Assert.Equal(Broken, Read("broken.cert"));
        Assert.Equal(Formatted, Read("good.cert"));
    }

    [Fact]
    public void Files_and_folders_can_be_named_and_a_missing_one_is_bad_input_before_anything_is_written()
    {
        _pack.With("a.cert", Unformatted).With("b/c.cert", Unformatted).With("d.cert", Unformatted);

        var missing = Certc.Run(_pack.Folder, "fmt", "a.cert", "no-such-folder");
        var named = Certc.Run(_pack.Folder, "fmt", "a.cert", "b");

        Assert.Equal(3, missing.ExitCode);
        Assert.Equal("certc: error: 'no-such-folder' is neither a folder of .cert files nor a .cert file", missing.Error.Trim());
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(["a.cert", "b/c.cert"], named.OutputLines);
        Assert.Equal(Formatted, Read("b/c.cert"));
        Assert.Equal(Unformatted, Read("d.cert"));
    }

    [Fact]
    public void A_file_keeps_its_crlf_line_breaks_and_its_byte_order_mark()
    {
        var path = Path.Combine(_pack.Folder, "windows.cert");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Unformatted.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Formatted.Replace("\n", "\r\n", StringComparison.Ordinal))], File.ReadAllBytes(path));
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(_pack.Folder, relativePath));

    private string[] FilesInPack() =>
    [
        .. Directory.EnumerateFiles(_pack.Folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_pack.Folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];
}
