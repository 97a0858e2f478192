using System.Diagnostics;

namespace CertLang.Cli.Tests;

/// <summary>Runs certc with a pseudo-terminal as standard output, through util-linux <c>script</c> (see <see cref="TerminalFactAttribute"/>).</summary>
internal static class PseudoTerminal
{
    /// <summary>Runs certc with <paramref name="arguments"/> and TERM=xterm; what the terminal got, line ends normalised to <c>\n</c>.</summary>
    public static CertcResult RunCertc(string workingDirectory, params string[] arguments) => RunCertc(workingDirectory, noColor: null, arguments);

    /// <summary>The same, with NO_COLOR set to <paramref name="noColor"/> (unset when null).</summary>
    public static CertcResult RunCertc(string workingDirectory, string? noColor, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "certc.dll") }.Concat(arguments).Select(Quoted));
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm";
        start.Environment["NO_COLOR"] = noColor;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("certc under script did not finish within two minutes");
        }

        return new CertcResult(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result);
    }

    private static string Quoted(string argument) => $"'{argument.Replace("'", "'\\''")}'";
}
