using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CertLang.Cli.Output;

/// <summary>
/// The temporary files <see cref="AtomicFile"/> writes next to their targets, <c>.NAME.PID.GUID.tmp</c>, and the
/// removal of those whose writer is gone (a certc killed mid-write): the process id in the name tells which.
/// </summary>
internal static partial class TemporaryFile
{
    private static readonly HashSet<string> CleanedFolders = new(StringComparer.Ordinal);

    /// <summary>A new temporary path next to <paramref name="target"/> (a full path).</summary>
    public static string NextTo(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>Removes, once per run and folder, the temporaries in the folder of <paramref name="target"/> whose writing process has exited.</summary>
    public static void RemoveStaleNextTo(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        lock (CleanedFolders)
        {
            if (!CleanedFolders.Add(folder))
            {
                return;
            }
        }

        foreach (var path in Stale(folder))
        {
            TryDelete(path);
        }
    }

    private static List<string> Stale(string folder)
    {
        try
        {
            return [.. Directory.EnumerateFiles(folder, ".*.tmp")
                .Where(path => OurName().Match(Path.GetFileName(path)) is { Success: true } match && !IsRunning(int.Parse(match.Groups["pid"].ValueSpan)))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder one may write to but not list (or not yet there): nothing to clean that the write depends on.
            return [];
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's leftover, or already gone: not ours to insist on.
        }
    }

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,9})\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex OurName();
}
