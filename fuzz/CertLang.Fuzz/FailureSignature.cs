using System.Diagnostics;

namespace CertLang.Fuzz;

/// <summary>How a crash is told apart from others when triaging: the exception's type and the CertLang method that threw it.</summary>
public static class FailureSignature
{
    /// <summary><c>Type at Namespace.Class.Method</c> of the innermost exception (an <see cref="AggregateException"/> of one is unwrapped).</summary>
    public static string Of(Exception failure)
    {
        while (failure is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            failure = aggregate.InnerExceptions[0];
        }

        var thrower = new StackTrace(failure).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType?.FullName?.StartsWith("CertLang.", StringComparison.Ordinal) == true);
        return thrower is null ? failure.GetType().Name : $"{failure.GetType().Name} at {thrower.DeclaringType!.FullName}.{thrower.Name}";
    }
}
