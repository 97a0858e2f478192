using System.Runtime.Versioning;

namespace CertLang.Cli.Tests;

/// <summary><c>certc fmt</c> changes the text of a file and nothing else about it: its mode, its owner, its links.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FmtFileIdentityTests : IDisposable
{
    private const string Unformatted = "market   CN \"China\"\n";
    private const string Formatted = "market CN \"China\"\n";

    private readonly TemporaryPack _pack = new();
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("certc-elsewhere-").FullName;

    public void Dispose()
    {
        _pack.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    [Fact]
    public void A_private_file_stays_private()
    {
        var file = Path.Combine(_pack.Folder, "a.cert");
        _pack.With("a.cert", Unformatted);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [RootFact]
    public void A_file_of_another_user_keeps_its_owner()
    {
        var file = Path.Combine(_pack.Folder, "a.cert");
        _pack.With("a.cert", Unformatted);
        Chown(file, "65534:65534");

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal("65534:65534", Owner(file));
    }

    [Fact]
    public void A_symbolic_link_named_on_the_command_line_stays_a_link_and_its_target_is_formatted()
    {
        var target = Path.Combine(_elsewhere, "target.cert");
        File.WriteAllText(target, Unformatted);
        var link = Path.Combine(_pack.Folder, "link.cert");
        File.CreateSymbolicLink(link, target);

        var result = Certc.Run(_pack.Folder, "fmt", "link.cert");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(Formatted, File.ReadAllText(target));
        Assert.Equal(["target.cert"], Directory.EnumerateFiles(_elsewhere).Select(Path.GetFileName));
    }

    [Fact]
    public void A_symbolic_link_in_a_folder_is_reported_and_left_alone()
    {
        var target = Path.Combine(_elsewhere, "target.cert");
        File.WriteAllText(target, Unformatted);
        File.CreateSymbolicLink(Path.Combine(_pack.Folder, "link.cert"), target);

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'link.cert': a symbolic link", result.Error, StringComparison.Ordinal);
        Assert.Equal(Unformatted, File.ReadAllText(target));
    }

    [Fact]
    public void Hard_links_stay_one_file()
    {
        var file = Path.Combine(_pack.Folder, "a.cert");
        _pack.With("a.cert", Unformatted);
        var second = UnixFiles.HardLink(file, Path.Combine(_elsewhere, "second-name.cert"));

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Formatted, File.ReadAllText(file));
        Assert.Equal(Formatted, File.ReadAllText(second));
    }

    [Fact]
    public void Fmt_removes_the_temporaries_a_killed_fmt_left()
    {
        _pack.With("a.cert", Unformatted);
        var stale = Path.Combine(_pack.Folder, $".a.cert.{FileSafetyTests.ExitedProcessId()}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "half a file");

        var result = Certc.Run(_pack.Folder, "fmt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["a.cert"], Directory.EnumerateFiles(_pack.Folder).Select(Path.GetFileName));
    }

    private static void Chown(string path, string owner)
    {
        using var process = System.Diagnostics.Process.Start("chown", [owner, path]);
        process.WaitForExit();
    }

    private static string Owner(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%u:%g", path]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        return process.StandardOutput.ReadToEnd().Trim();
    }
}
