using System.Diagnostics;

namespace CertLang.Semantics.Tests.Sources;

/// <summary>A folder under the temporary folder that tests fill with files, FIFOs and links; deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    /// <summary>The full path of the folder.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("certlang-sources-").FullName;

    /// <summary>The full path of <paramref name="relativePath"/> in the folder, its own folder created.</summary>
    public string this[string relativePath]
    {
        get
        {
            var path = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            return path;
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/>.</summary>
    public TemporaryFolder With(string relativePath, string text)
    {
        File.WriteAllText(this[relativePath], text);
        return this;
    }

    /// <summary>Makes a named pipe at <paramref name="relativePath"/> and returns its path.</summary>
    public string Fifo(string relativePath)
    {
        var path = this[relativePath];
        using var process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
