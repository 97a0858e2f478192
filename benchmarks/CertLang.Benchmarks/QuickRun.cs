using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace CertLang.Benchmarks;

/// <summary>
/// The quick mode <c>./test.sh</c> runs so that the benchmarks cannot rot: every benchmark once, in this process, at the
/// first value of each of its parameters; it fails when a setup or a benchmark throws (the setups check that the peers
/// agree). Its timings mean nothing: the figures come from the full runs in docs/performance.md.
/// </summary>
internal static class QuickRun
{
    /// <summary>Runs every benchmark once; 0 when all ran, 1 otherwise.</summary>
    public static int Run()
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddFilter(new SimpleFilter(AtFirstParameterValues))
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), $"certlang-benchmarks-quick-{Environment.ProcessId}"));
        Summary[] summaries;
        try
        {
            summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).RunAll(config)];
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"a benchmark's setup failed: {(e.InnerException ?? e).Message}");
            return 1;
        }

        var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).ToList();
        foreach (var report in failed)
        {
            Console.Error.WriteLine($"benchmark failed: {report.BenchmarkCase.DisplayInfo}");
        }

        var ran = summaries.Sum(summary => summary.Reports.Length);
        var invalid = summaries.Any(summary => summary.HasCriticalValidationErrors);
        Console.WriteLine($"quick run: {ran - failed.Count} of {ran} benchmarks ran{(invalid ? "; the configuration is not valid" : "")}");
        return failed.Count == 0 && !invalid && ran > 0 ? 0 : 1;
    }

    private static bool AtFirstParameterValues(BenchmarkCase benchmark) =>
        benchmark.Parameters.Items.All(parameter => Equals(parameter.Value, parameter.Definition.Values[0]));
}
