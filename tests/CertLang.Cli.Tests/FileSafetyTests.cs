using System.Diagnostics;
using System.Runtime.Versioning;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// What certc reads and writes on disk, as a process: only regular files of a bounded size are read (a FIFO, a device
/// or a huge file is refused with exit 3, never opened), links do not lead a pack walk astray, and <c>-o</c> never
/// replaces something that is not a regular file.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class FileSafetyTests : IDisposable
{
    private const string Pack = "pack sample version 1.0.0\nmarket CN \"China\"\n";

    private readonly TemporaryPack _pack = new TemporaryPack().With("pack.cert", Pack);
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("certc-elsewhere-").FullName;

    public void Dispose()
    {
        _pack.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    [Theory]
    [InlineData("build", ".", "-o", "")]
    [InlineData("doc", ".", "-o", "")]
    [InlineData("plan", "--pack", ".", "--product", "p.json", "--markets", "CN", "--ship", "2027-01-01", "-o", "")]
    public void An_empty_output_path_is_wrong_usage(params string[] arguments)
    {
        var result = Certc.Run(_pack.Folder, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_file_over_the_size_limit_is_refused_naming_it_and_the_limit()
    {
        using (var huge = File.Create(Path.Combine(_pack.Folder, "huge.cert")))
        {
            huge.SetLength(17 * 1024 * 1024);
        }

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("huge.cert", result.Error, StringComparison.Ordinal);
        Assert.Contains("16 MiB", result.Error, StringComparison.Ordinal);
    }

    [RootFact]
    public void A_character_device_named_like_a_source_file_is_refused_not_read()
    {
        UnixFiles.ZeroDevice(Path.Combine(_pack.Folder, "zero.cert"));

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("zero.cert", result.Error, StringComparison.Ordinal);
        Assert.Contains("character device", result.Error, StringComparison.Ordinal);
    }

    [RootFact]
    public void An_unreadable_sub_folder_of_a_pack_is_bad_input_named_in_the_message()
    {
        _pack.With("secret/regimes.cert", "market KR \"Korea\"\n");
        File.SetUnixFileMode(_pack.Folder, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(_pack.Folder, "secret"), UnixFileMode.None);

        var result = Certc.RunAsNobody(_pack.Folder, "check");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("secret", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_in_a_pack_is_refused_without_waiting_for_a_writer()
    {
        UnixFiles.Fifo(Path.Combine(_pack.Folder, "pipe.cert"));

        var inPack = Certc.Run(_pack.Folder, "check");
        var named = Certc.Run(_pack.Folder, "check", "pipe.cert");

        Assert.Equal((3, 3), (inPack.ExitCode, named.ExitCode));
        Assert.Contains("pipe.cert", inPack.Error, StringComparison.Ordinal);
        Assert.Contains("FIFO", named.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_as_product_file_is_refused_without_waiting_for_a_writer()
    {
        UnixFiles.Fifo(Path.Combine(_elsewhere, "products.json"));

        var result = Certc.Run(_elsewhere, "plan", "--pack", _pack.Folder, "--product", "products.json", "--markets", "CN", "--ship", "2027-01-01");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("products.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("FIFO", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_product_file_is_refused_as_a_folder()
    {
        var result = Certc.Run(_pack.Folder, "plan", "--pack", ".", "--product", _elsewhere, "--markets", "CN", "--ship", "2027-01-01");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("a folder", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_link_loop_in_a_pack_is_reported_once_and_not_followed()
    {
        _pack.With("markets/cn.cert", "regime CCC in CN {\n  route certification\n}\n");
        Directory.CreateSymbolicLink(Path.Combine(_pack.Folder, "markets", "up"), "..");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["certc: warning: 'markets/up': a symbolic link (to '..'), not followed; a pack's files are read where they are, inside its folder"],
            result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("CERT1010", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_source_file_outside_the_pack_is_reported_and_not_read()
    {
        File.WriteAllText(Path.Combine(_elsewhere, "broken.cert"), "market }\n");
        File.CreateSymbolicLink(Path.Combine(_pack.Folder, "shared.cert"), Path.Combine(_elsewhere, "broken.cert"));

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'shared.cert': a symbolic link", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("link")]
    [InlineData("fifo")]
    [InlineData("folder")]
    public void Output_onto_something_that_is_not_a_regular_file_is_refused_and_left_as_it_is(string kind)
    {
        var target = Path.Combine(_elsewhere, "target.json");
        File.WriteAllText(target, "keep");
        var output = Path.Combine(_elsewhere, "out.json");
        _ = kind switch
        {
            "link" => File.CreateSymbolicLink(output, target),
            "fifo" => new FileInfo(UnixFiles.Fifo(output)),
            _ => (FileSystemInfo)Directory.CreateDirectory(output),
        };

        var build = Certc.Run(_pack.Folder, "build", "-o", output);
        var plan = Certc.Run(_pack.Folder, "plan", "--pack", ".", "--product", Path.Combine(RepositoryPaths.Examples, "products", "desktop_pc.json"),
            "--markets", "CN", "--ship", "2027-01-01", "-o", output);

        Assert.Equal((3, 3), (build.ExitCode, plan.ExitCode));
        Assert.Contains("out.json", build.Error, StringComparison.Ordinal);
        Assert.Contains("not a regular file", build.Error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(target));
        Assert.Equal(kind == "link", new FileInfo(output).LinkTarget is not null);
        Assert.Equal(["out.json", "target.json"], Directory.EnumerateFileSystemEntries(_elsewhere).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [RootFact]
    public void Output_onto_a_device_node_is_refused()
    {
        var output = UnixFiles.ZeroDevice(Path.Combine(_elsewhere, "out.json"));

        var result = Certc.Run(_pack.Folder, "build", "-o", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("character device", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_removes_the_temporaries_a_killed_certc_left_and_keeps_those_of_a_running_one()
    {
        var stale = Path.Combine(_elsewhere, $".pack.json.{ExitedProcessId()}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(_elsewhere, $".pack.json.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "half a pack");
        File.WriteAllText(live, "being written");

        var result = Certc.Run(_pack.Folder, "build", "-o", Path.Combine(_elsewhere, "pack.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([Path.GetFileName(live), "pack.json"], Directory.EnumerateFiles(_elsewhere).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void After_builds_killed_mid_write_the_next_build_leaves_no_temporary_behind()
    {
        var output = Path.Combine(_elsewhere, "pack.json");
        foreach (var delay in new[] { 300, 600, 900 })
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "certc.dll"), "build", "examples", "-o", output])
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
            };
            using var build = Process.Start(start)!;
            if (!build.WaitForExit(delay))
            {
                build.Kill();
                build.WaitForExit();
            }
        }

        var result = Certc.Run(RepositoryPaths.Root, "build", "examples", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["pack.json"], Directory.EnumerateFiles(_elsewhere).Select(Path.GetFileName));
    }

    /// <summary>The id of a process that has exited (and, with pids handed out in rising order, not yet been reused).</summary>
    internal static int ExitedProcessId()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        return process.Id;
    }
}
