using CertLang.Syntax;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Tests;

/// <summary>Packs written inline in a test: a shared header of declarations, compiling, and diagnostics one a line.</summary>
internal static class TestPacks
{
    /// <summary>A pack, attributes of every type, a category tree and two markets; tests append regimes and tests.</summary>
    public const string Header = """
        pack global_electrical version 1.4.0 "Electrical products, 2 markets"

        /// Rated supply voltage as on the nameplate.
        attribute rated_voltage: voltage
        attribute rated_current: current
        attribute rated_power: power
        attribute battery_energy: energy
        attribute radio_frequency: frequency
        attribute net_weight: mass
        attribute cable_length: length
        attribute use: enum { household, commercial, industrial, medical }
        attribute has_radio: bool
        attribute model_name: text
        attribute launched: date
        attribute ports: number

        category electrical "Electrical equipment" {
          category household_appliance "Household appliances" {
            category hair_dryer "Hair dryers" hs 8516.31
            category kettle "Electric kettles" hs 8516.71, 8516.79
          }
          category lighting "Luminaires and lamps" hs 9405
        }

        market CN "China"
        market EU "European Union" { members AT, BE, DE }

        """;

    /// <summary>A compilation of one file, <c>pack.cert</c>.</summary>
    public static Compilation Compile(string text) => Compile(("pack.cert", text));

    /// <summary>A compilation of the files given, by path.</summary>
    public static Compilation Compile(params (string Path, string Text)[] files) =>
        Compilation.Create(files.Select(file => SyntaxTree.Parse(file.Text, file.Path)));

    /// <summary>The errors and warnings of <paramref name="compilation"/>, described (infos such as unused attributes left out).</summary>
    public static IEnumerable<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Info).Select(Describe);

    /// <summary>The codes of the errors and warnings of <paramref name="compilation"/>, in order.</summary>
    public static IEnumerable<string> ProblemCodes(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => d.Code);

    /// <summary><c>(line,col)-(line,col): severity CODE: message</c>, one-based, without the file's path.</summary>
    public static string Describe(Diagnostic diagnostic) =>
        $"({diagnostic.LineSpan.Start})-({diagnostic.LineSpan.End}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}";
}
