using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Packs.Building;

/// <summary>Turns a compilation without errors into the rule pack model (the hash is filled in when it is written).</summary>
public sealed class RulePackBuilder
{
    private readonly Func<string, string> _relativePath;
    private readonly Dictionary<CompilationUnitSyntax, SyntaxTree> _trees;

    private RulePackBuilder(Compilation compilation, Func<string, string> relativePath)
    {
        _relativePath = relativePath;
        _trees = compilation.SyntaxTrees.ToDictionary(t => t.Root);
    }

    /// <summary>
    /// Builds the model of <paramref name="compilation"/>. <paramref name="relativePath"/> maps a tree's file path to the
    /// path recorded in the pack (relative to the pack folder, forward slashes), so that packs do not depend on where they were built.
    /// </summary>
    public static RulePack Build(Compilation compilation, Func<string, string> relativePath)
    {
        if (compilation.Pack is not { } pack)
        {
            throw new InvalidOperationException("a compilation without a pack declaration has errors and cannot be built");
        }

        var builder = new RulePackBuilder(compilation, relativePath);
        return new RulePack(
            RulePack.CurrentFormat,
            new PackInfo(pack.Name, pack.Version, pack.Description),
            "",
            [.. compilation.Attributes.Select(builder.Attribute)],
            [.. compilation.Categories.Select(c => new PackCategory(c.Name, c.Title, c.Parent?.Name, [.. c.HsCodes.Select(h => h.Written)], builder.Locate(c.NameToken!), Doc(c)))],
            [.. compilation.Markets.Select(m => new PackMarket(m.Name, m.Title, m.Members, m.NotCovered, builder.Locate(m.NameToken!), Doc(m)))],
            [.. compilation.Regimes.Select(builder.Regime)],
            [.. compilation.Tests.Select(builder.Test)]);
    }

    private PackAttribute Attribute(AttributeSymbol attribute) => attribute.Type switch
    {
        QuantityType quantity => new(attribute.Name, quantity.DisplayName, null, Units.BaseUnit(quantity.Kind), Locate(attribute.NameToken!), Doc(attribute)),
        EnumType enumType => new(attribute.Name, "enum", enumType.Members, null, Locate(attribute.NameToken!), Doc(attribute)),
        var type => new(attribute.Name, type.DisplayName, null, null, Locate(attribute.NameToken!), Doc(attribute)),
    };

    private PackRegime Regime(RegimeSymbol regime) => new(
        regime.Name,
        regime.Market!.Name,
        regime.Text("title"),
        regime.Text("authority"),
        regime.Text("mark"),
        regime.Route,
        regime.Text("basis"),
        regime.Text("source"),
        regime.Validity,
        regime.Effective,
        regime.Until,
        [.. regime.Scope.Select(rule => new PackScopeRule(
            rule.IsInclude ? PackScopeRule.Include : PackScopeRule.Exclude,
            [.. rule.Categories.Select(c => c.Name)],
            [.. rule.HsPrefixes.Select(h => h.Digits)],
            rule.Where is null ? null : Conditions.Normalise(rule.Where),
            rule.From,
            rule.Until,
            OneLine(rule.Syntax),
            Locate(rule.Syntax.Keyword)))],
        [.. regime.Steps.Select(step => new PackStep(
            step.Name,
            step.Title,
            [.. step.Predecessors.Select(p => p.Name)],
            [.. step.Takes.Select(Duration)],
            Locate(step.NameToken!)))],
        [.. regime.Surveillance.Select(s => new PackSurveillance(s.Title, s.Interval))],
        [.. regime.Requires.Select(r => r.Name)],
        [.. regime.Accepts.Select(a => new PackAcceptance(a.Regime.Name, a.From, a.Until, a.Takes is { } takes ? Duration(takes) : null))],
        Locate(regime.NameToken!),
        Doc(regime));

    /// <summary>The <c>///</c> doc comment of a declaration, or null when it has none (so that the pack leaves the field out).</summary>
    private static string? Doc(Symbol symbol) => symbol.Documentation is { Length: > 0 } doc ? doc : null;

    private PackDuration Duration(TakesRule takes) => new(
        takes.Duration.Minimum, takes.Duration.Maximum, takes.When is null ? null : Conditions.Normalise(takes.When), Locate(takes.Syntax.TakesKeyword));

    private PackTest Test(TestSymbol test) => new(
        test.Name,
        test.Product.ToImmutableSortedDictionary(p => p.Key.Name, p => Conditions.Value(p.Value), StringComparer.Ordinal),
        test.Ship,
        [.. test.Expectations.Select(e => new PackExpectation(e.Regime.Name, e.Status.Name(), e.SatisfiedBy?.Name, Locate(e.Syntax.ExpectKeyword)))],
        Locate(test.NameToken!));

    private SourceLocation Locate(SyntaxToken token)
    {
        var root = (CompilationUnitSyntax)token.Ancestors().Last();
        var tree = _trees[root];
        return new SourceLocation(_relativePath(tree.FilePath), tree.Text.GetLinePosition(token.Span.Start).Line + 1);
    }

    /// <summary>A clause as one line of source text, comments dropped, one space between tokens but none before <c>,</c> <c>)</c> or around <c>..</c>, none after <c>(</c>.</summary>
    private static string OneLine(SyntaxNode node)
    {
        var text = new System.Text.StringBuilder();
        SyntaxKind previous = SyntaxKind.None;
        foreach (var token in node.DescendantTokens().Where(t => !t.IsMissing))
        {
            var glued = token.Kind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken or SyntaxKind.DotDotToken
                        || previous is SyntaxKind.OpenParenToken or SyntaxKind.DotDotToken or SyntaxKind.None;
            text.Append(glued ? "" : " ").Append(token.Text);
            previous = token.Kind;
        }

        return text.ToString();
    }
}
