using System.Diagnostics;

namespace CertLang.Cli.Tests;

/// <summary>Makes what .NET cannot make (FIFOs, device nodes, hard links) with the system's own tools, and tells who runs the tests.</summary>
internal static class UnixFiles
{
    /// <summary>Whether the tests run as root (here, in the container, they do): root may make device nodes and read any folder.</summary>
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>A named pipe at <paramref name="path"/>.</summary>
    public static string Fifo(string path) => Tool(path, "mkfifo", path);

    /// <summary>A character device node at <paramref name="path"/> that reads as <c>/dev/zero</c> (root only).</summary>
    public static string ZeroDevice(string path) => Tool(path, "mknod", path, "c", "1", "5");

    /// <summary>A second name <paramref name="link"/> for the file <paramref name="target"/>.</summary>
    public static string HardLink(string target, string link) => Tool(link, "ln", target, link);

    private static string Tool(string made, string name, params string[] arguments)
    {
        using var process = Process.Start(name, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return made;
    }
}

/// <summary>A test that needs root (device nodes, running certc as another user); skipped, saying so, for anyone else.</summary>
internal sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!UnixFiles.IsRoot)
        {
            Skip = "needs root: only root may make device nodes and run certc as the user nobody";
        }
    }
}
