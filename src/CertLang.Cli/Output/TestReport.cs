using CertLang.Packs.Evaluation;
using CertLang.Packs.Testing;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Output;

/// <summary>
/// Prints test outcomes: a line per test, and for each failed expectation the expected and actual status and the
/// scope clauses that decided it, with their file and line; a summary line ends the report.
/// </summary>
internal static class TestReport
{
    /// <summary>How much of a deciding clause's source a line quotes.</summary>
    private const int MaxClauseLength = 200;

    /// <summary>Writes the report of <paramref name="outcomes"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<TestOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            writer.WriteLine($"{(outcome.Passed ? "PASS" : "FAIL")}  {DisplayText.Safe(outcome.Test.Name)}  ({outcome.Test.Location})");
            foreach (var failure in outcome.Expectations.Where(e => !e.Passed))
            {
                writer.WriteLine($"      {failure.Expected.Location}: expect {failure.Expected.Regime} {failure.ExpectedText}, " +
                                 $"but it is {failure.ActualText} at {outcome.Date:yyyy-MM-dd}");
                if (failure.Actual.Missing.Length > 0)
                {
                    writer.WriteLine($"        the product lacks: {DisplayText.List(failure.Actual.Missing)}");
                }

                foreach (var reason in failure.Actual.Reasons)
                {
                    writer.WriteLine($"        {reason.Location}: {DisplayText.Safe(reason.Clause, MaxClauseLength)}  → {reason.Result.Name()}");
                }
            }
        }

        var failed = outcomes.Count(o => !o.Passed);
        writer.WriteLine($"{outcomes.Count} test{(outcomes.Count == 1 ? "" : "s")}: {outcomes.Count - failed} passed, {failed} failed");
    }
}
