using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Tests.Generators;

namespace CertLang.Syntax.Tests;

/// <summary>
/// Error recovery, as docs/language.md, "Error recovery", asks: one typo gives one error, and the rest of the file
/// still parses. Each case makes one typo in <see cref="Base"/>, a valid file of ten declarations, and pins the one
/// diagnostic (code, zero-based line and column), the tokens the parser made up (missing) or skipped, the unexpected
/// characters, and the clauses of the declarations around the typo.
/// </summary>
public sealed class RecoveryTests
{
    /// <summary>The valid file each case makes one typo in; the line numbers in <see cref="Cases"/> are zero-based lines of it.</summary>
    public static readonly string Base = """
        pack global_electrical version 1.4.0 "Electrical products"

        /// Rated supply voltage as on the nameplate.
        attribute rated_voltage: voltage
        attribute use: enum { household, commercial, industrial, medical }
        attribute has_radio: bool

        category electrical "Electrical equipment" {
          category household_appliance "Household appliances" {
            category hair_dryer "Hair dryers" hs 8516.31
            category kettle "Electric kettles" hs 8516.71, 8516.79
          }
        }

        market CN "China"
        market EU "European Union" { members AT, BE, DE }

        regime CCC in CN {
          title     "China Compulsory Certification"
          authority "CNCA"
          route     certification
          validity  5 years
          scope {
            include household_appliance where rated_voltage <= 250 V
            exclude where use == medical
          }
          process {
            step application "Application" takes 1..2 weeks
            step type_test "Type testing" after application {
              takes 1..2 weeks when has_radio
              takes 4..8 weeks
            }
          }
          surveillance "Follow-up inspection" every 12 months
        }

        test "230 V hair dryer needs CCC" {
          product {
            category hair_dryer
            rated_voltage 230 V
            use household
          }
          ship 2027-06-01
          expect CCC required
        }

        regime KC in KR {
          title "Korea Certification"
          scope {
            include electrical
          }
          accepts CCC until 2027-12-31
        }

        """.Replace("\r\n", "\n");

    private static readonly SyntaxKind[] BaseDeclarations =
    [
        SyntaxKind.PackDeclaration, SyntaxKind.AttributeDeclaration, SyntaxKind.AttributeDeclaration, SyntaxKind.AttributeDeclaration,
        SyntaxKind.CategoryDeclaration, SyntaxKind.MarketDeclaration, SyntaxKind.MarketDeclaration, SyntaxKind.RegimeDeclaration,
        SyntaxKind.TestDeclaration, SyntaxKind.RegimeDeclaration,
    ];

    private static readonly SyntaxKind[] CccClauses =
    [
        SyntaxKind.TextClause, SyntaxKind.TextClause, SyntaxKind.RouteClause, SyntaxKind.ValidityClause, SyntaxKind.ScopeBlock,
        SyntaxKind.ProcessBlock, SyntaxKind.SurveillanceClause,
    ];

    private static readonly SyntaxKind[] TestClauses = [SyntaxKind.ProductBlock, SyntaxKind.ShipClause, SyntaxKind.ExpectClause];

    private static readonly SyntaxKind[] KcClauses = [SyntaxKind.TextClause, SyntaxKind.ScopeBlock, SyntaxKind.AcceptsClause];

    private static readonly string RegimeCcc = Base[Base.IndexOf("regime CCC", StringComparison.Ordinal)..Base.IndexOf("test \"230", StringComparison.Ordinal)];

    /// <summary>One typo and what the parser must make of it. Null expectations are not checked.</summary>
    /// <param name="Find">The text to change; it occurs once in <see cref="Base"/>.</param>
    /// <param name="Replace">What it becomes.</param>
    /// <param name="Code">The code of the one diagnostic.</param>
    /// <param name="Line">Its zero-based line.</param>
    /// <param name="Column">Its zero-based column.</param>
    public sealed record Typo(string Find, string Replace, string Code, int Line, int Column)
    {
        /// <summary>The kinds of the top-level declarations.</summary>
        public SyntaxKind[] Declarations { get; init; } = BaseDeclarations;

        /// <summary>The clause kinds of regime CCC, or null when the file has no regime CCC.</summary>
        public SyntaxKind[]? Ccc { get; init; } = CccClauses;

        /// <summary>The clause kinds of the test.</summary>
        public SyntaxKind[]? Test { get; init; } = TestClauses;

        /// <summary>The clause kinds of regime KC, the last declaration.</summary>
        public SyntaxKind[]? Kc { get; init; } = KcClauses;

        /// <summary>The missing tokens the parser made up, as (token kind, kind of its parent), in order.</summary>
        public (SyntaxKind Token, SyntaxKind Parent)[]? Missing { get; init; } = [];

        /// <summary>The text of the skipped-token trivia (compared without white space).</summary>
        public string? Skipped { get; init; } = "";

        /// <summary>The text of the bad-character trivia, joined by spaces.</summary>
        public string? Bad { get; init; } = "";

        /// <summary>Anything else to check.</summary>
        public Action<SyntaxTree>? Also { get; init; }
    }

    /// <summary>The typos, by name.</summary>
    public static readonly Dictionary<string, Typo> Cases = new()
    {
        // ---------------------------------------------------------------- misspelt keywords

        ["misspelt declaration keyword: the declaration is skipped, the rest parses"] =
            new("regime CCC in CN", "regme CCC in CN", "CERT0005", 17, 0)
            {
                Declarations = [.. BaseDeclarations[..7], SyntaxKind.TestDeclaration, SyntaxKind.RegimeDeclaration],
                Ccc = null,
                Skipped = RegimeCcc.Replace("regime", "regme"),
            },
        ["misspelt clause keyword in a regime"] =
            new("authority \"CNCA\"", "authorty \"CNCA\"", "CERT0005", 19, 2)
            {
                Ccc = [SyntaxKind.TextClause, .. CccClauses[2..]],
                Skipped = "authorty \"CNCA\"",
            },
        ["misspelt validity keyword"] =
            new("validity  5 years", "valdity  5 years", "CERT0005", 21, 2)
            {
                Ccc = [.. CccClauses[..3], .. CccClauses[4..]],
                Skipped = "valdity 5 years",
            },
        ["misspelt keyword of the last clause of a scope"] =
            new("    exclude where use == medical", "    exclde where use == medical", "CERT0005", 24, 4)
            {
                Skipped = "exclde where use == medical",
                Also = tree => Assert.Single(Regime(tree, "CCC").Clauses.OfType<ScopeBlockSyntax>().Single().Clauses),
            },
        ["misspelt keyword of the first clause of a regime"] =
            new("title     \"China", "titel     \"China", "CERT0005", 18, 2)
            {
                Ccc = CccClauses[1..],
                Skipped = "titel \"China Compulsory Certification\"",
                Missing = null,
            },
        ["misspelt keyword of the first clause of a scope"] =
            new("    include electrical", "    inclde electrical", "CERT0005", 49, 4)
            {
                Skipped = "inclde electrical",
                Missing = null,
                Also = tree => Assert.Empty(Regime(tree, "KC").Clauses.OfType<ScopeBlockSyntax>().Single().Clauses),
            },
        ["misspelt keyword of the first step"] =
            new("    step application", "    stp application", "CERT0005", 27, 4)
            {
                Skipped = null,
                Missing = null,
                Also = tree => Assert.Equal("type_test", Assert.Single(Regime(tree, "CCC").Clauses.OfType<ProcessBlockSyntax>().Single().Steps).Name.Text),
            },
        ["misspelt keyword of the first clause of a test"] =
            new("  product {", "  prodct {", "CERT0005", 37, 2)
            {
                Test = null,
                Skipped = null,
                Missing = null,
                Also = tree => Assert.Equal([SyntaxKind.ShipClause, SyntaxKind.ExpectClause],
                    tree.Root.Declarations.OfType<TestDeclarationSyntax>().Single().Clauses[^2..].Select(c => c.Kind)),
            },

        // ---------------------------------------------------------------- missing tokens

        ["missing colon in an attribute"] =
            new("attribute has_radio: bool", "attribute has_radio bool", "CERT0006", 5, 19)
            {
                Missing = [(SyntaxKind.ColonToken, SyntaxKind.AttributeDeclaration)],
                Also = tree => Assert.Equal("bool", Assert.IsType<NamedTypeSyntax>(tree.Root.Declarations.OfType<AttributeDeclarationSyntax>().Last().Type).Identifier.Text),
            },
        ["missing closing brace of a scope"] =
            new("    exclude where use == medical\n  }", "    exclude where use == medical\n", "CERT0006", 24, 32)
            {
                Missing = [(SyntaxKind.CloseBraceToken, SyntaxKind.ScopeBlock)],
            },
        ["missing closing brace of a process"] =
            new("      takes 4..8 weeks\n    }\n  }", "      takes 4..8 weeks\n    }\n", "CERT0006", 31, 5)
            {
                Missing = [(SyntaxKind.CloseBraceToken, SyntaxKind.ProcessBlock)],
            },
        ["missing closing brace of an enum"] =
            new("industrial, medical }", "industrial, medical", "CERT0006", 4, 64)
            {
                Missing = [(SyntaxKind.CloseBraceToken, SyntaxKind.EnumType)],
            },
        ["missing opening brace of the last regime"] =
            new("regime KC in KR {", "regime KC in KR", "CERT0006", 46, 15)
            {
                Missing = [(SyntaxKind.OpenBraceToken, SyntaxKind.RegimeDeclaration)],
            },
        ["missing unit of a duration"] =
            new("\"Application\" takes 1..2 weeks", "\"Application\" takes 2", "CERT0006", 27, 42)
            {
                Missing = [(SyntaxKind.UnitToken, SyntaxKind.Duration)],
                Also = tree => Assert.Equal(2, Regime(tree, "CCC").Clauses.OfType<ProcessBlockSyntax>().Single().Steps.Length),
            },
        ["missing unit of a duration range"] =
            new("takes 1..2 weeks\n    step type_test", "takes 1..2\n    step type_test", "CERT0006", 27, 45)
            {
                Missing = [(SyntaxKind.UnitToken, SyntaxKind.Duration)],
            },
        ["missing unit of a duration range before when"] =
            new("takes 1..2 weeks when", "takes 1..2 when", "CERT0006", 29, 16)
            {
                Missing = [(SyntaxKind.UnitToken, SyntaxKind.Duration)],
            },
        ["missing 'in' of a regime"] =
            new("regime CCC in CN", "regime CCC CN", "CERT0006", 17, 10)
            {
                Missing = [(SyntaxKind.InKeyword, SyntaxKind.RegimeDeclaration)],
                Also = tree => Assert.Equal("CN", Regime(tree, "CCC").Market.Identifier.Text),
            },
        ["missing 'every' of surveillance"] =
            new("\" every 12 months", "\" 12 months", "CERT0006", 33, 37)
            {
                Missing = [(SyntaxKind.EveryKeyword, SyntaxKind.SurveillanceClause)],
            },
        ["missing closing parenthesis"] =
            new("where rated_voltage <= 250 V", "where (rated_voltage <= 250 V", "CERT0006", 23, 61)
            {
                Missing = [(SyntaxKind.CloseParenToken, SyntaxKind.ParenthesizedCondition)],
            },
        ["missing step name"] =
            new("step application \"Application\"", "step \"Application\"", "CERT0006", 27, 8)
            {
                Missing = [(SyntaxKind.IdentifierToken, SyntaxKind.Step)],
            },
        ["missing 'version' of the pack"] =
            new("global_electrical version 1.4.0", "global_electrical 1.4.0", "CERT0006", 0, 22)
            {
                Missing = [(SyntaxKind.VersionKeyword, SyntaxKind.PackDeclaration)],
            },
        ["missing condition after where"] =
            new("exclude where use == medical", "exclude where", "CERT0006", 24, 17)
            {
                Missing = [(SyntaxKind.IdentifierToken, SyntaxKind.Name)],
            },
        ["missing value of a product entry"] =
            new("    use household\n", "    use\n", "CERT0006", 40, 7)
            {
                Missing = [(SyntaxKind.IdentifierToken, SyntaxKind.Name)],
            },

        // ---------------------------------------------------------------- stray characters and extra tokens

        ["stray dollar"] =
            new("route     certification", "route     $certification", "CERT0001", 20, 12) { Bad = "$" },
        ["stray equals sign"] =
            new("title     \"China", "title  =   \"China", "CERT0005", 18, 9) { Skipped = "=" },
        ["stray semicolon"] =
            new("route     certification", "route     certification;", "CERT0001", 20, 25) { Bad = ";" },
        ["'<==' for '<='"] =
            new("rated_voltage <= 250 V", "rated_voltage <== 250 V", "CERT0005", 23, 54) { Skipped = "=" },
        ["'=' for '=='"] =
            new("where use == medical", "where use = medical", "CERT0009", 24, 22)
            {
                // Read as '==' so that the condition keeps its value; the diagnostic asks for '=='.
                Also = tree => Assert.Equal(SyntaxKind.EqualsToken,
                    Regime(tree, "CCC").DescendantNodes().OfType<ComparisonConditionSyntax>().Last().OperatorToken.Kind),
            },
        ["extra comma"] =
            new("members AT, BE, DE", "members AT, BE,, DE", "CERT0005", 15, 44)
            {
                Skipped = ",",
                Also = tree => Assert.Equal(["AT", "BE", "DE"],
                    tree.Root.Declarations.OfType<MarketDeclarationSyntax>().Last().Body!.Clauses.OfType<MembersClauseSyntax>().Single().Countries.Select(m => m.Text)),
            },
        ["extra 'and'"] =
            new("rated_voltage <= 250 V", "rated_voltage <= 250 V and and has_radio", "CERT0005", 23, 65) { Skipped = "and" },
        ["extra closing brace in a regime"] =
            new("  surveillance \"Follow-up", "  }\n  surveillance \"Follow-up", "CERT0005", 34, 2)
            {
                // The extra '}' closes the regime: the surveillance clause and the regime's own '}' are skipped.
                Ccc = CccClauses[..^1],
                Skipped = "surveillance \"Follow-up inspection\" every 12 months }",
            },

        // ---------------------------------------------------------------- broken literals

        ["unterminated string"] =
            new("authority \"CNCA\"", "authority \"CNCA", "CERT0002", 19, 12),
        ["date without its day"] =
            new("ship 2027-06-01", "ship 2027-06", "CERT0010", 42, 7),
    };

    /// <summary>The names of the cases the parser recovers from as docs/language.md, "Error recovery", describes.</summary>
    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void The_base_file_parses_clean()
    {
        var tree = SyntaxTree.Parse(Base);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(BaseDeclarations, tree.Root.Declarations.Select(d => d.Kind));
        Assert.Equal(CccClauses, Regime(tree, "CCC").Clauses.Select(c => c.Kind));
        Assert.Equal(KcClauses, Regime(tree, "KC").Clauses.Select(c => c.Kind));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void One_typo_gives_one_diagnostic_and_the_rest_of_the_file_parses(string name) => Check(Cases[name]);

    private static void Check(Typo typo)
    {
        var index = Base.IndexOf(typo.Find, StringComparison.Ordinal);
        Assert.True(index >= 0 && Base.IndexOf(typo.Find, index + 1, StringComparison.Ordinal) < 0, $"'{typo.Find}' must occur once in the base file");
        var text = string.Concat(Base.AsSpan(0, index), typo.Replace, Base.AsSpan(index + typo.Find.Length));

        var tree = SyntaxTree.Parse(text);

        TreeInvariants.Check(tree, text);
        Assert.True(tree.Diagnostics.Length == 1, $"expected one diagnostic, got {tree.Diagnostics.Length}:\n" + string.Join("\n", tree.Diagnostics.Select(Show)));
        var diagnostic = tree.Diagnostics[0];
        Assert.Equal((typo.Code, typo.Line, typo.Column), (diagnostic.Code, diagnostic.LineSpan.Start.Line, diagnostic.LineSpan.Start.Character));

        Assert.Equal(typo.Declarations, tree.Root.Declarations.Select(d => d.Kind));
        var kc = Assert.IsType<RegimeDeclarationSyntax>(tree.Root.Declarations[^1]);
        Assert.Equal("KC", kc.Name.Text);
        if (typo.Kc is { } kcClauses)
        {
            Assert.Equal(kcClauses, kc.Clauses.Select(c => c.Kind));
        }

        if (typo.Ccc is { } cccClauses)
        {
            Assert.Equal(cccClauses, Regime(tree, "CCC").Clauses.Select(c => c.Kind));
        }

        if (typo.Test is { } testClauses)
        {
            Assert.Equal(testClauses, tree.Root.Declarations.OfType<TestDeclarationSyntax>().Single().Clauses.Select(c => c.Kind));
        }

        var tokens = tree.Root.DescendantTokens().ToList();
        if (typo.Missing is { } missing)
        {
            Assert.Equal(missing, tokens.Where(t => t.IsMissing).Select(t => (t.Kind, t.Parent!.Kind)));
        }

        if (typo.Skipped is { } skipped)
        {
            Assert.Equal(WithoutSpaces(skipped), WithoutSpaces(TriviaText(tokens, SyntaxKind.SkippedTokenTrivia)));
        }

        if (typo.Bad is { } bad)
        {
            Assert.Equal(bad, TriviaText(tokens, SyntaxKind.BadCharactersTrivia));
        }

        typo.Also?.Invoke(tree);
    }

    [Fact]
    public void A_missing_token_is_placed_after_the_token_before_it_and_the_diagnostic_points_there()
    {
        var tree = SyntaxTree.Parse("attribute has_radio bool\n");
        var attribute = Assert.IsType<AttributeDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        Assert.True(attribute.Colon.IsMissing);
        Assert.Equal(":", SyntaxFacts.GetText(attribute.Colon.Kind));
        Assert.Equal("", attribute.Colon.Text);
        Assert.Equal(attribute.Name.FullSpan.End, attribute.Colon.Span.Start);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(("CERT0006", 19, 0), (diagnostic.Code, diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void Skipped_tokens_become_skipped_token_trivia_of_the_next_token()
    {
        var tree = SyntaxTree.Parse("market EU { members AT,, BE }");
        var members = tree.Root.Declarations.OfType<MarketDeclarationSyntax>().Single().Body!.Clauses.OfType<MembersClauseSyntax>().Single();
        Assert.Equal(["AT", "BE"], members.Countries.Select(m => m.Text));
        var be = members.Countries[1];
        Assert.Equal([SyntaxKind.SkippedTokenTrivia, SyntaxKind.WhitespaceTrivia], be.LeadingTrivia.Select(t => t.Kind));
        Assert.Equal(",", be.LeadingTrivia[0].Text);
        Assert.Equal("CERT0005", Assert.Single(tree.Diagnostics).Code);
    }

    private static RegimeDeclarationSyntax Regime(SyntaxTree tree, string name) =>
        tree.Root.Declarations.OfType<RegimeDeclarationSyntax>().Single(r => r.Name.Text == name);

    private static string TriviaText(IEnumerable<SyntaxToken> tokens, SyntaxKind kind) =>
        string.Join(" ", tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.Kind == kind).Select(t => t.Text));

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Show(Diagnostic d) => $"  {d.Code} at line {d.LineSpan.Start.Line}, column {d.LineSpan.Start.Character}: {d.Message}";
}
