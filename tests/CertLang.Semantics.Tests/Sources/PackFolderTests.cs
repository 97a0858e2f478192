using CertLang.Semantics.Sources;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Tests.Sources;

/// <summary>How a pack folder is read: sub-folders yes, hidden folders and links no, only regular files, within the limits.</summary>
public sealed class PackFolderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_the_cert_files_of_every_visible_sub_folder_in_ordinal_order()
    {
        _folder.With("z.cert", "z").With("a/b.cert", "b").With("B.cert", "B").With("notes.txt", "n").With(".git/x.cert", "hidden");

        var contents = PackFolder.Read(_folder.Path);

        Assert.Equal(["B.cert", "a/b.cert", "z.cert"], contents.Files.Select(f => Path.GetRelativePath(_folder.Path, f.Path)));
        Assert.Equal("b"u8.ToArray(), contents.Files[1].Bytes);
        Assert.Empty(contents.Problems);
    }

    [Fact]
    public void A_link_loop_is_reported_once_as_a_warning_and_not_followed()
    {
        _folder.With("markets/cn.cert", "cn");
        Directory.CreateSymbolicLink(_folder["markets/up"], "..");

        var contents = PackFolder.Read(_folder.Path);

        Assert.Equal([_folder["markets/cn.cert"]], contents.Files.Select(f => f.Path));
        var problem = Assert.Single(contents.Problems);
        Assert.Equal((_folder["markets/up"], DiagnosticSeverity.Warning), (problem.Path, problem.Severity));
        Assert.StartsWith("a symbolic link (to '..'), not followed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_out_of_the_pack_to_a_folder_or_a_file_are_not_followed()
    {
        using var elsewhere = new TemporaryFolder().With("other.cert", "other").With("lib/x.cert", "x");
        Directory.CreateSymbolicLink(_folder["lib"], elsewhere["lib"]);
        File.CreateSymbolicLink(_folder["other.cert"], elsewhere["other.cert"]);
        File.CreateSymbolicLink(_folder["readme.md"], elsewhere["other.cert"]);

        var contents = PackFolder.Read(_folder.Path);

        Assert.Empty(contents.Files);
        Assert.Equal([_folder["lib"], _folder["other.cert"]], contents.Warnings.Select(p => p.Path));
        Assert.Empty(contents.Errors);
    }

    [Fact]
    public void A_fifo_is_an_error_and_is_never_opened()
    {
        _folder.With("a.cert", "a");
        var fifo = _folder.Fifo("pipe.cert");

        var contents = PackFolder.Read(_folder.Path);

        Assert.Equal([_folder["a.cert"]], contents.Files.Select(f => f.Path));
        Assert.Equal((fifo, "a FIFO (named pipe), not a regular file"), Assert.Single(contents.Errors) is var e ? (e.Path, e.Message) : default);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error_and_is_not_read()
    {
        using (var huge = File.Create(_folder["huge.cert"]))
        {
            huge.SetLength(SourceFile.MaxBytes + 1L);
        }

        var contents = PackFolder.Read(_folder.Path);

        Assert.Empty(contents.Files);
        Assert.Equal("16,777,217 bytes, more than the 16 MiB a file may have", Assert.Single(contents.Errors).Message);
    }

    [Fact]
    public void More_files_than_a_pack_may_have_is_an_error_before_any_is_read()
    {
        for (var i = 0; i <= PackFolder.MaxFiles; i++)
        {
            File.Create(_folder[$"f{i / 1000}/{i}.cert"]).Dispose();
        }

        var contents = PackFolder.Read(_folder.Path);

        Assert.Empty(contents.Files);
        Assert.Equal((_folder.Path, "more than 10,000 .cert files, the most a pack may have"), Assert.Single(contents.Errors) is var e ? (e.Path, e.Message) : default);
    }
}
