using System.Text.Json;

namespace CertLang.Fuzz.Tests;

/// <summary>A bug of issue 11 that another branch fixes: its name, the fuzz target that meets it, and how its failure looks.</summary>
public sealed record KnownBug(string Name, string Target, Func<Exception, bool> Matches);

/// <summary>
/// The bugs issue 11 names that other branches are fixing; a fuzz failure that matches one is counted, not failed.
/// Delete an entry once its fix is merged: the mutation run and the regression files then prove it fixed.
/// </summary>
public static class KnownBugs
{
    /// <summary>Every known bug.</summary>
    public static IReadOnlyList<KnownBug> All { get; } =
    [
        new("binder: a number beyond decimal overflows", "cert",
            e => e is OverflowException && Throws(e, "CertLang.Semantics.")),
        new("serialiser: nested 'not' deeper than ~29 exceeds JSON depth 64", "cert",
            e => e is JsonException && Throws(e, "RulePackJson.Write")),
        new("loader: a loaded pack is not validated (cycles, bad references, shapes, ranges)", "pack",
            e => !Throws(e, "RulePackJson.Read") && (Throws(e, "CertLang.Packs.") || Throws(e, "CertLang.Planning."))),
        new("scheduler: a plan that starts before 0001-01-01 (found by the fuzzer: 21 chained steps of 100 years; reported, not fixed here)", "cert",
            e => Throws(e, "CertLang.Planning.Scheduling.StepScheduler.Schedule") && e.ToString().Contains("ArgumentOutOfRangeException", StringComparison.Ordinal)),
        new("products: a number beyond decimal overflows", "product",
            e => (e is OverflowException && Throws(e, "CertLang.Planning.Products.")) || (e is FormatException && Throws(e, "JsonElement.GetDecimal"))),
        new("products: a lone UTF-16 surrogate in a string", "product",
            e => e is InvalidOperationException && e.Message.Contains("UTF-16", StringComparison.Ordinal)),
    ];

    /// <summary>The known bug of <paramref name="target"/> that <paramref name="failure"/> is an instance of, or null.</summary>
    public static KnownBug? Matching(string target, Exception failure) =>
        All.FirstOrDefault(bug => bug.Target == target && bug.Matches(failure));

    /// <summary>Whether <paramref name="frame"/> is on the stack of <paramref name="failure"/> or of an exception inside it.</summary>
    private static bool Throws(Exception failure, string frame) => failure.ToString().Contains(frame, StringComparison.Ordinal);
}
