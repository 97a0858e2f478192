using System.Diagnostics;

namespace CertLang.Fuzz;

/// <summary>How a crash is told apart from others when triaging: the exception's type and the CertLang method that threw it.</summary>
public static class FailureSignature
{
    /// <summary><c>Type at Namespace.Class.Method</c> of the exception (an <see cref="AggregateException"/> stands for its first inner exception).</summary>
    public static string Of(Exception failure)
    {
        while (failure is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            failure = aggregate.InnerExceptions[0];
        }

        var thrower = new StackTrace(failure).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType?.FullName?.StartsWith("CertLang.", StringComparison.Ordinal) == true);
        return thrower is null ? failure.GetType().Name : $"{failure.GetType().Name} at {thrower.DeclaringType!.FullName}.{thrower.Name}";
    }
}
