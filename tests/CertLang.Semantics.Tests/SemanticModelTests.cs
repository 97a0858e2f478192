using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.Tests;

/// <summary>The semantic model: the symbol at a position, references across files, and the type of an operand.</summary>
public sealed class SemanticModelTests
{
    private const string Regimes = """
        regime CCC in CN {
          scope {
            include household_appliance where rated_voltage > 12 V and use in { household, commercial }
            exclude kettle where category is kettle
          }
          process {
            step application "Application" takes 1..2 weeks
            step type_test "Type testing" takes 4..8 weeks after application
          }
        }
        """;

    private const string Tests = """
        test "230 V kettle" {
          product {
            category kettle
            rated_voltage 230 V
          }
          expect CCC not required
        }
        """;

    private readonly Compilation _compilation = TestPacks.Compile(("pack.cert", TestPacks.Header), ("regimes.cert", Regimes), ("tests.cert", Tests));

    [Theory]
    [InlineData("kettle", SymbolKind.Category)]
    [InlineData("rated_voltage", SymbolKind.Attribute)]
    [InlineData("CN", SymbolKind.Market)]
    public void A_declaration_name_and_a_reference_give_the_same_symbol(string name, SymbolKind kind)
    {
        var declared = SymbolAt("pack.cert", Declaration(name));
        var referenced = SymbolAt("regimes.cert", name);

        Assert.NotNull(declared);
        Assert.Same(declared, referenced);
        Assert.Equal((name, kind), (declared.Name, declared.Kind));
    }

    [Fact]
    public void Steps_and_regimes_resolve_at_their_declarations_and_references()
    {
        var step = SymbolAt("regimes.cert", "step application");
        var regime = SymbolAt("regimes.cert", "regime CCC");

        Assert.Same(step, SymbolAt("regimes.cert", "after application"));
        Assert.Same(_compilation.Regimes.First(r => r.Name == "CCC").Steps[0], step);
        Assert.Same(regime, SymbolAt("tests.cert", "expect CCC"));
        Assert.Same(_compilation.Regimes.First(r => r.Name == "CCC"), regime);
    }

    [Fact]
    public void A_position_at_the_end_of_a_name_still_finds_it()
    {
        var text = Tree("regimes.cert").Text.ToString();
        var end = text.IndexOf("rated_voltage", StringComparison.Ordinal) + "rated_voltage".Length;

        Assert.Equal("rated_voltage", Model("regimes.cert").GetSymbolAt(end)?.Name);
    }

    [Fact]
    public void A_keyword_or_a_value_is_no_symbol()
    {
        Assert.Null(SymbolAt("regimes.cert", "scope"));
        Assert.Null(SymbolAt("regimes.cert", "12 V"));
        Assert.Null(SymbolAt("tests.cert", "expect"));
    }

    [Fact]
    public void Built_in_attributes_are_symbols_too()
    {
        Assert.Same(AttributeSymbol.Category, SymbolAt("regimes.cert", "where category"));
        Assert.Same(AttributeSymbol.Category, SymbolAt("tests.cert", "category"));
    }

    [Fact]
    public void Find_references_finds_the_declaration_and_every_use_across_files()
    {
        var model = Model("pack.cert");
        var kettle = _compilation.Categories.Single(c => c.Name == "kettle");

        var references = model.FindReferences(kettle).Select(r => (r.Tree.FilePath, Line(r.Token), r.Token.Text)).ToList();

        Assert.Equal(
            [("pack.cert", 20, "kettle"), ("regimes.cert", 4, "kettle"), ("regimes.cert", 4, "kettle"), ("tests.cert", 3, "kettle")],
            references);
    }

    [Fact]
    public void Find_references_of_an_attribute_covers_conditions_and_test_products()
    {
        var voltage = _compilation.Attributes.Single(a => a.Name == "rated_voltage");

        var files = Model("regimes.cert").FindReferences(voltage).Select(r => r.Tree.FilePath);

        Assert.Equal(["pack.cert", "regimes.cert", "tests.cert"], files);
    }

    [Fact]
    public void The_operand_type_is_the_attributes_type()
    {
        var model = Model("regimes.cert");
        var conditions = Tree("regimes.cert").Root.DescendantNodes().ToList();
        var comparison = conditions.OfType<ComparisonConditionSyntax>().Single();
        var membership = conditions.OfType<InConditionSyntax>().Single();
        var categoryTest = conditions.OfType<IsConditionSyntax>().Single();

        Assert.Equal(new QuantityType(QuantityKind.Voltage), model.GetOperandType(comparison.Attribute));
        Assert.Equal(new EnumType(["household", "commercial", "industrial", "medical"]), model.GetOperandType(membership.Attribute));
        Assert.Equal(CategoryType.Instance, model.GetOperandType(categoryTest.Attribute));
    }

    [Fact]
    public void The_operand_type_of_a_product_entry_is_its_attributes_type_and_unknown_names_have_none()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            test "kettle" {
              product { rated_voltage 230 V  colour "red" }
              expect CCC required
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var entries = tree.Root.DescendantNodes().OfType<ProductEntrySyntax>().ToList();
        var model = compilation.GetSemanticModel(tree);

        Assert.Equal(new QuantityType(QuantityKind.Voltage), model.GetOperandType(entries[0].Attribute));
        Assert.Null(model.GetOperandType(entries[1].Attribute));
    }

    [Fact]
    public void Trailing_trivia_after_a_name_is_not_the_name()
    {
        var compilation = TestPacks.Compile(("pack.cert", TestPacks.Header), ("regimes.cert", "regime R in CN { scope { include kettle where category is kettle   // a comment\n } }\n"));
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "regimes.cert");
        var model = compilation.GetSemanticModel(tree);
        var text = tree.Text.ToString();

        Assert.Null(model.GetSymbolAt(text.IndexOf(" is ", StringComparison.Ordinal) + 1));
        Assert.Null(model.GetSymbolAt(text.IndexOf("comment", StringComparison.Ordinal)));
        Assert.Equal("kettle", model.GetSymbolAt(text.IndexOf("   //", StringComparison.Ordinal))?.Name);
    }

    [Fact]
    public void A_model_is_only_for_a_tree_of_the_compilation()
    {
        Assert.Throws<ArgumentException>(() => _compilation.GetSemanticModel(SyntaxTree.Parse(Tests, "tests.cert")));
        Assert.Same(_compilation, Model("tests.cert").Compilation);
    }

    /// <summary>The symbol at the last word of <paramref name="snippet"/>, found in <paramref name="file"/>.</summary>
    private Symbol? SymbolAt(string file, string snippet)
    {
        var text = Tree(file).Text.ToString();
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{snippet}' is not in {file}");
        return Model(file).GetSymbolAt(at + snippet.LastIndexOf(' ') + 1);
    }

    private static string Declaration(string name) => name switch
    {
        "CN" => "market CN",
        "kettle" => "category kettle",
        _ => $"attribute {name}",
    };

    private SyntaxTree Tree(string file) => _compilation.SyntaxTrees.Single(t => t.FilePath == file);

    private SemanticModel Model(string file) => _compilation.GetSemanticModel(Tree(file));

    private string FileOf(SyntaxToken token) => _compilation.SyntaxTrees.Single(t => t.Root == token.Parent!.Ancestors().Prepend(token.Parent).Last()).FilePath;

    private int Line(SyntaxToken token) => Tree(FileOf(token)).Text.GetLinePosition(token.Span.Start).Line + 1;
}
