using CertLang.Semantics.Sources;

namespace CertLang.Semantics.Tests.Sources;

/// <summary>What a path is, told without opening it, and reading only what is a regular file.</summary>
public sealed class SourceFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_kind_of_a_path_is_told_without_opening_it()
    {
        _folder.With("file.cert", "12345");
        var fifo = _folder.Fifo("pipe");
        File.CreateSymbolicLink(_folder["link"], _folder["file.cert"]);

        Assert.Equal((FileKind.RegularFile, 5L, 1L), FileFacts.Of(_folder["file.cert"], followLinks: false) is var f ? (f.Kind, f.Length, f.LinkCount) : default);
        Assert.Equal(FileKind.Fifo, FileFacts.Of(fifo, followLinks: true).Kind);
        Assert.Equal(FileKind.CharacterDevice, FileFacts.Of("/dev/null", followLinks: true).Kind);
        Assert.Equal(FileKind.Folder, FileFacts.Of(_folder.Path, followLinks: true).Kind);
        Assert.Equal(FileKind.SymbolicLink, FileFacts.Of(_folder["link"], followLinks: false).Kind);
        Assert.Equal(FileKind.RegularFile, FileFacts.Of(_folder["link"], followLinks: true).Kind);
        Assert.Equal(FileKind.Missing, FileFacts.Of(_folder["nothing"], followLinks: true).Kind);
        Assert.Equal(FileKind.Missing, FileFacts.Of("", followLinks: true).Kind);
    }

    [Fact]
    public void Only_regular_files_are_read_and_links_only_when_asked()
    {
        _folder.With("file.cert", "text");
        File.CreateSymbolicLink(_folder["link.cert"], _folder["file.cert"]);

        Assert.Equal("text", SourceFile.ReadAllText(_folder["link.cert"]));
        Assert.Throws<SourceFileException>(() => SourceFile.ReadAllBytes(_folder["link.cert"], followLinks: false));
        Assert.Equal("a folder, not a regular file", Assert.Throws<SourceFileException>(() => SourceFile.ReadAllBytes(_folder.Path)).Message);
        Assert.Equal("a character device, not a regular file", Assert.Throws<SourceFileException>(() => SourceFile.ReadAllBytes("/dev/zero")).Message);
        Assert.Throws<FileNotFoundException>(() => SourceFile.ReadAllBytes(_folder["nothing.cert"]));
    }

    [Fact]
    public void A_file_over_the_given_limit_is_refused()
    {
        _folder.With("file.cert", "12345");

        Assert.Equal("5 bytes, more than the 4 bytes a file may have", Assert.Throws<SourceFileException>(() => SourceFile.ReadAllBytes(_folder["file.cert"], maxBytes: 4)).Message);
    }
}
