namespace CertLang.LanguageServer.Tests;

/// <summary>A one-file pack whose only mistake is the misspelt attribute <c>rated_volage</c> on line 13 (zero-based 12).</summary>
internal static class SamplePack
{
    public const string Uri = "file:///work/pack.cert";

    public const string Typo = "rated_volage";

    public const string Text = """
        pack demo version 1.0.0 "Demo"

        attribute rated_voltage: voltage

        category kettle "Electric kettles" hs 8516.71

        market CN "China"

        /// China Compulsory Certification.
        regime CCC in CN {
          route certification
          scope {
            include kettle where rated_volage > 12 V
            exclude kettle where rated_voltage > 250 V
          }
        }

        """;
}
