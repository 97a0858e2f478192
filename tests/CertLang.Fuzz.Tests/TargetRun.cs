using System.Runtime.ExceptionServices;

namespace CertLang.Fuzz.Tests;

/// <summary>Runs a fuzz target on one input as certc would run it (its own thread, a main thread's 8 MB stack), with a time limit.</summary>
public static class TargetRun
{
    /// <summary>How long one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private const int MainThreadStack = 8 * 1024 * 1024;

    /// <summary>Null when <paramref name="target"/> handled <paramref name="input"/>; what it threw otherwise (a <see cref="TimeoutException"/> for a hang).</summary>
    public static Exception? Failure(FuzzTarget target, byte[] input)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                target.Run(input);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, MainThreadStack) { IsBackground = true };
        thread.Start();
        return thread.Join(Limit) ? failure?.SourceException : new TimeoutException($"the {target.Name} target took more than {Limit.TotalSeconds} s");
    }
}
