using CertLang.Planning.Plans;
using Spectre.Console;

namespace CertLang.Cli.Output;

/// <summary>Plans with a progress bar on standard output when it is an interactive terminal, and silently when it is redirected.</summary>
internal static class PlanningProgress
{
    /// <summary>The plan of <paramref name="request"/>, made by <paramref name="planner"/>.</summary>
    public static Plan Plan(Planner planner, PlanRequest request)
    {
        if (!IsShownOnStandardOutput())
        {
            return planner.Plan(request);
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var count = request.Products.Length;
                var task = context.AddTask($"Planning {count} product{(count == 1 ? "" : "s")}", maxValue: count);
                return planner.Plan(request, new TaskProgress(task));
            });
    }

    /// <summary>
    /// True only when standard output is not redirected and Spectre.Console finds it an interactive terminal that
    /// understands ANSI sequences (a bar drawn anywhere else would end up as text in the report).
    /// </summary>
    private static bool IsShownOnStandardOutput()
    {
        var capabilities = AnsiConsole.Profile.Capabilities;
        return !Console.IsOutputRedirected && capabilities.Interactive && capabilities.Ansi;
    }

    /// <summary>Moves the bar to the number of products planned; reports come from parallel planners, in any order.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        private readonly Lock _gate = new();

        public void Report(int value)
        {
            lock (_gate)
            {
                task.Value = Math.Max(task.Value, value);
            }
        }
    }
}
