using System.Globalization;

namespace CertLang.TestSupport;

/// <summary>How many cases a property test runs: <c>CERTLANG_PROPERTY_ITERATIONS</c> (test.sh sets 40,000), or a default.</summary>
public static class PropertyIterations
{
    /// <summary>The number of cases, or <paramref name="defaultCount"/> when the variable is not set to a positive number.</summary>
    public static long Read(long defaultCount)
    {
        var value = Environment.GetEnvironmentVariable("CERTLANG_PROPERTY_ITERATIONS");
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var iterations) && iterations > 0 ? iterations : defaultCount;
    }
}
