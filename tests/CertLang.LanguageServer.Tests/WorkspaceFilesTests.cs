using System.Diagnostics;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer.Tests;

/// <summary>The language server reads workspace folders by certc's rules: link loops reported once and not followed, FIFOs never opened.</summary>
public sealed class WorkspaceFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("certlang-workspace-files-").FullName;
    private readonly RecordingLogger _logger = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_link_loop_is_logged_once_and_each_file_is_read_once()
    {
        var file = Path.Combine(_folder, "markets", "cn.cert");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "market CN \"China\"\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "markets", "up"), "..");

        var files = WorkspaceFiles.ReadAll([new Uri(_folder).AbsoluteUri], _logger);

        Assert.Equal([(new Uri(file).AbsoluteUri, "market CN \"China\"\n")], files);
        Assert.Equal([$"not read: {Path.Combine(_folder, "markets", "up")}: a symbolic link (to '..'), not followed; a pack's files are read where they are, inside its folder"], _logger.Messages);
    }

    [Fact]
    public void A_fifo_in_the_workspace_or_in_a_watched_file_event_is_logged_and_never_opened()
    {
        var fifo = Path.Combine(_folder, "pipe.cert");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var files = WorkspaceFiles.ReadAll([new Uri(_folder).AbsoluteUri], _logger);
        var changed = WorkspaceFiles.TryRead(fifo, _logger);

        Assert.Empty(files);
        Assert.Null(changed);
        Assert.Equal([$"not read: {fifo}: a FIFO (named pipe), not a regular file", $"cannot read {fifo}: a FIFO (named pipe), not a regular file"], _logger.Messages);
    }

    /// <summary>Keeps the formatted messages logged to it.</summary>
    private sealed class RecordingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
