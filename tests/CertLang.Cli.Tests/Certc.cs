using System.Diagnostics;

namespace CertLang.Cli.Tests;

/// <summary>Runs the real certc as a separate process, as a build pipeline would.</summary>
internal static class Certc
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "certc.dll");

    /// <summary>Runs certc with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for it.</summary>
    public static CertcResult Run(string workingDirectory, params string[] arguments) => Execute(workingDirectory, ["dotnet", Assembly, .. arguments]);

    /// <summary>Runs certc as the user <c>nobody</c> (with <c>setpriv</c>; the caller must be root), for what root may always read.</summary>
    public static CertcResult RunAsNobody(string workingDirectory, params string[] arguments) =>
        Execute(workingDirectory, ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Assembly, .. arguments]);

    private static CertcResult Execute(string workingDirectory, string[] command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("certc did not finish within two minutes");
        }

        return new CertcResult(process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>What a certc run printed and returned.</summary>
internal sealed record CertcResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output split into lines.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
