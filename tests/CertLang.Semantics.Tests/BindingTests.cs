using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;

namespace CertLang.Semantics.Tests;

/// <summary>Declarations: the pack, attributes and their types, the category tree, markets, and the clause values of regimes.</summary>
public sealed class BindingTests
{
    [Fact]
    public void The_pack_declaration_gives_name_version_and_description()
    {
        var pack = TestPacks.Compile(TestPacks.Header).Pack;

        Assert.NotNull(pack);
        Assert.Equal(("global_electrical", "1.4.0", "Electrical products, 2 markets"), (pack.Name, pack.Version, pack.Description));
        Assert.Equal(SymbolKind.Pack, pack.Kind);
    }

    [Fact]
    public void Attributes_have_their_declared_types_in_declaration_order_without_the_built_ins()
    {
        var attributes = TestPacks.Compile(TestPacks.Header).Attributes;

        Assert.Equal(
            [
                ("rated_voltage", "voltage"), ("rated_current", "current"), ("rated_power", "power"), ("battery_energy", "energy"),
                ("radio_frequency", "frequency"), ("net_weight", "mass"), ("cable_length", "length"),
                ("use", "enum { household, commercial, industrial, medical }"), ("has_radio", "bool"), ("model_name", "text"),
                ("launched", "date"), ("ports", "number"),
            ],
            attributes.Select(a => (a.Name, a.Type.DisplayName)));
        Assert.Equal(new QuantityType(QuantityKind.Voltage), attributes[0].Type);
        Assert.Equal("Rated supply voltage as on the nameplate.", attributes[0].Documentation);
        Assert.All(attributes, a => Assert.False(a.IsBuiltIn));
        Assert.True(AttributeSymbol.Category.IsBuiltIn);
        Assert.Equal(CategoryType.Instance, AttributeSymbol.Category.Type);
        Assert.Equal(HsCodeType.Instance, AttributeSymbol.Hs.Type);
    }

    [Fact]
    public void Categories_form_a_tree_with_parents_children_and_paths()
    {
        var categories = TestPacks.Compile(TestPacks.Header).Categories;
        var electrical = categories.Single(c => c.Name == "electrical");
        var appliance = categories.Single(c => c.Name == "household_appliance");
        var kettle = categories.Single(c => c.Name == "kettle");

        Assert.Equal(["electrical", "household_appliance", "hair_dryer", "kettle", "lighting"], categories.Select(c => c.Name));
        Assert.Null(electrical.Parent);
        Assert.Same(appliance, kettle.Parent);
        Assert.Same(electrical, appliance.Parent);
        Assert.Equal(["household_appliance", "lighting"], electrical.Children.Select(c => c.Name));
        Assert.Equal("electrical/household_appliance/kettle", kettle.Path);
        Assert.Equal("electrical", electrical.Path);
        Assert.Equal("Electric kettles", kettle.Title);
        Assert.Equal(["8516.71", "8516.79"], kettle.HsCodes.Select(c => c.Written));
        Assert.Equal(["851671", "851679"], kettle.HsCodes.Select(c => c.Digits));
        Assert.Empty(appliance.HsCodes);
    }

    [Fact]
    public void A_category_is_within_itself_and_its_ancestors_only()
    {
        var categories = TestPacks.Compile(TestPacks.Header).Categories.ToDictionary(c => c.Name);
        var kettle = categories["kettle"];

        Assert.True(kettle.IsWithin(kettle));
        Assert.True(kettle.IsWithin(categories["household_appliance"]));
        Assert.True(kettle.IsWithin(categories["electrical"]));
        Assert.False(kettle.IsWithin(categories["hair_dryer"]));
        Assert.False(kettle.IsWithin(categories["lighting"]));
        Assert.False(categories["household_appliance"].IsWithin(kettle));
    }

    [Fact]
    public void Markets_are_countries_or_blocs_with_members()
    {
        var markets = TestPacks.Compile(TestPacks.Header).Markets;

        Assert.Equal(["CN", "EU"], markets.Select(m => m.Name));
        Assert.False(markets[0].IsBloc);
        Assert.Empty(markets[0].Members);
        Assert.True(markets[1].IsBloc);
        Assert.Equal<string>(["AT", "BE", "DE"], markets[1].Members);
        Assert.Equal("European Union", markets[1].Title);
    }

    [Fact]
    public void Members_may_be_spread_over_several_members_clauses()
    {
        var compilation = TestPacks.Compile("""
            pack p version 1.0.0
            market GCC "Gulf Cooperation Council" {
              members AE, BH, KW
              members OM, QA, SA
            }
            """);

        Assert.Equal<string>(["AE", "BH", "KW", "OM", "QA", "SA"], compilation.Markets.Single().Members);
    }

    [Fact]
    public void A_market_keeps_its_not_covered_statements_unescaped_in_source_order_beside_its_members()
    {
        var compilation = TestPacks.Compile("""
            pack p version 1.0.0
            market CN "China" {
              not covered "SRRC radio type approval is not modelled; plan it separately"
            }
            market EU "European Union" {
              members DE, FR
              not covered "The \"Machinery\" Regulation"
              not covered "RoHS"
            }
            """);

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal<string>(["SRRC radio type approval is not modelled; plan it separately"], compilation.Markets[0].NotCovered);
        Assert.False(compilation.Markets[0].IsBloc);
        Assert.Equal<string>(["The \"Machinery\" Regulation", "RoHS"], compilation.Markets[1].NotCovered);
        Assert.Equal<string>(["DE", "FR"], compilation.Markets[1].Members);
    }

    [Fact]
    public void An_acceptance_takes_its_recognition_step_for_each_regime_of_its_clause()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            regime CCC in CN {
              accepts LVD, EMC takes 2..4 weeks until 2030-12-31
              accepts RED
            }

            regime LVD in EU {}
            regime EMC in EU {}
            regime RED in EU {}
            """);
        var ccc = compilation.Regimes.First(r => r.Name == "CCC");

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal(["LVD 14..28 until 2030-12-31", "EMC 14..28 until 2030-12-31", "RED none"], ccc.Accepts.Select(a =>
            $"{a.Regime.Name} {(a.Takes is { } takes ? $"{takes.Duration.Minimum.Days}..{takes.Duration.Maximum.Days}" : "none")}{(a.Until is { } until ? $" until {until:yyyy-MM-dd}" : "")}"));
        Assert.Null(ccc.Accepts[0].Takes!.When);
    }

    [Fact]
    public void An_acceptances_duration_is_checked_like_any_other()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            regime CCC in CN {
              accepts LVD takes 4..2 weeks
              accepts LVD takes 2 m
            }

            regime LVD in EU {}
            """);

        Assert.Equal(["CERT1031", "CERT1025"], TestPacks.ProblemCodes(compilation));
        Assert.All(compilation.Regimes.First(r => r.Name == "CCC").Accepts, a => Assert.Null(a.Takes));
    }

    [Fact]
    public void Regime_clauses_give_their_values()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            /// China Compulsory Certification (the CCC mark).
            regime CCC in CN {
              title     "China Compulsory Certification"
              authority "CNCA"
              mark      "CCC"
              route     certification
              basis     "Regulations on \"Compulsory\" Product Certification"
              source    "https://example.org/ccc"
              validity  5 years
              effective 2002-05-01
              until     2030-12-31
              surveillance "Follow-up factory inspection" every 12 months
              surveillance every 3 years
              requires LVD
              accepts  LVD from 2026-01-01 until 2027-12-31
            }

            regime LVD in EU {
              route self_declaration
            }
            """);
        var ccc = compilation.Regimes.First(r => r.Name == "CCC");
        var lvd = compilation.Regimes.First(r => r.Name == "LVD");

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Same(compilation.Markets[0], ccc.Market);
        Assert.Equal("China Compulsory Certification", ccc.Text("title"));
        Assert.Equal("CNCA", ccc.Text("authority"));
        Assert.Equal("CCC", ccc.Text("mark"));
        Assert.Equal("Regulations on \"Compulsory\" Product Certification", ccc.Text("basis"));
        Assert.Equal("https://example.org/ccc", ccc.Text("source"));
        Assert.Equal("certification", ccc.Route);
        Assert.Equal(new DurationRange(new(60, 0), new(60, 0)), ccc.Validity);
        Assert.Equal(new DateOnly(2002, 5, 1), ccc.Effective);
        Assert.Equal(new DateOnly(2030, 12, 31), ccc.Until);
        Assert.Equal<Surveillance>([new Surveillance("Follow-up factory inspection", new(12, 0)), new Surveillance(null, new(36, 0))], ccc.Surveillance);
        Assert.Equal<RegimeSymbol>([lvd], ccc.Requires);
        Assert.Equal<Acceptance>([new Acceptance(lvd, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), null)], ccc.Accepts);
        Assert.Equal("China Compulsory Certification (the CCC mark).", ccc.Documentation);
        Assert.Null(lvd.Text("title"));
        Assert.Null(lvd.Validity);
        Assert.Null(lvd.Effective);
        Assert.Empty(lvd.Requires);
        Assert.Empty(lvd.Accepts);
        Assert.DoesNotContain(compilation.Regimes, r => r.Name == "KC");
    }

    [Fact]
    public void A_regime_in_an_undeclared_market_is_still_declared_and_bound()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            regime KC in KR {
              route certification
              scope { include kettle }
            }
            """);
        var kc = compilation.Regimes.First(r => r.Name == "KC");

        Assert.Null(kc.Market);
        Assert.Single(kc.Scope);
        Assert.Equal(["(27,14)-(27,16): error CERT1003: unknown market 'KR'; declared: CN, EU"], TestPacks.Problems(compilation));
    }

    [Fact]
    public void Names_are_global_to_the_pack_whatever_file_declares_them()
    {
        var compilation = TestPacks.Compile(
            ("regimes/china.cert", """
                regime CCC in CN {
                  scope { include kettle where rated_voltage > 12 V }
                }
                """),
            ("pack.cert", TestPacks.Header));

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Same(compilation.Markets.Single(m => m.Name == "CN"), compilation.Regimes.First(r => r.Name == "CCC").Market);
    }

    [Fact]
    public void A_duplicate_in_another_file_says_where_the_first_declaration_is()
    {
        var compilation = TestPacks.Compile(("a.cert", TestPacks.Header), ("b.cert", "market CN \"China (again)\"\n"));
        var duplicate = compilation.GetDiagnostics().Single(d => d.Code == "CERT1010");

        Assert.Equal("b.cert", duplicate.Source.Path);
        Assert.Equal("market 'CN' is already declared at a.cert(25,8); rename or remove one of them", duplicate.Message);
        Assert.Equal("China", compilation.Markets.Single(m => m.Name == "CN").Title);
    }

    [Fact]
    public void Each_kind_of_declaration_has_its_own_namespace()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            category CN "A category called like a market"
            regime kettle in CN {
              scope { include CN, kettle }
            }
            """);

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal(["CN", "kettle"], compilation.Regimes.First(r => r.Name == "kettle").Scope.Single().Categories.Select(c => c.Name));
    }

    [Fact]
    public void An_attribute_of_unknown_type_is_reported_once_not_at_every_use()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            attribute plug_type: plug
            regime CCC in CN {
              scope { include kettle where plug_type == typeA and rated_voltage > 12 V }
            }
            test "kettle" {
              product { category kettle  plug_type typeA }
              expect CCC required
            }
            """);

        Assert.Equal(
            ["(27,22)-(27,26): error CERT1006: unknown type 'plug'; use one of: voltage, current, power, energy, frequency, mass, length, bool, text, number, date, or enum { … }"],
            TestPacks.Problems(compilation));
        Assert.DoesNotContain(compilation.Attributes, a => a.Name == "plug_type");
    }
}
