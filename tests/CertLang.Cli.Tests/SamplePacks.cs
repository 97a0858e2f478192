namespace CertLang.Cli.Tests;

/// <summary>Small packs with known diagnostics, shared by the output-format tests.</summary>
internal static class SamplePacks
{
    /// <summary>One file with two errors: a misspelt keyword (5,3) and '=' instead of '==' (7,23).</summary>
    public static TemporaryPack TwoErrorsInOneFile() => new TemporaryPack().With("regimes/china.cert", """
        market CN "China"

        regime CCC in CN {
          title "China Compulsory Certification"
          athority "CNCA"
          scope {
            exclude where use = industrial
          }
        }

        pack sample version 1.0.0
        attribute use: enum { household, industrial }
        """);

    /// <summary>Two files, one in a subfolder, with four errors of four different codes.</summary>
    public static TemporaryPack FourErrorsInTwoFiles() => new TemporaryPack()
        .With("regimes/china.cert", """
            market CN "China"

            regime CCC in CN {
              title "China Compulsory Certification"
              athority "CNCA"
              scope {
                exclude where use = industrial
              }
              effective 2002-5-01
            }

            pack sample version 1.0.0
            attribute use: enum { household, industrial }
            """)
        .With("markets.cert", "market KR \"Korea\n");

    /// <summary>One file without any diagnostic.</summary>
    public static TemporaryPack Clean() => new TemporaryPack().With("markets.cert", "pack sample version 1.0.0\nmarket CN \"China\"\n");
}
