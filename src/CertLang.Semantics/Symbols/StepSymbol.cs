using System.Collections.Immutable;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.Symbols;

/// <summary>A step of a regime's process.</summary>
public sealed class StepSymbol(StepSyntax declaration, RegimeSymbol regime, string? title)
    : Symbol(declaration.Name.Text, declaration, declaration.Name)
{
    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Step;

    /// <summary>The regime the step belongs to.</summary>
    public RegimeSymbol Regime { get; } = regime;

    /// <summary>The title, if any.</summary>
    public string? Title { get; } = title;

    /// <summary>The steps that must end before this one starts.</summary>
    public ImmutableArray<StepSymbol> Predecessors { get; internal set; } = [];

    /// <summary>The durations, in the order they are tried; the last is the default.</summary>
    public ImmutableArray<TakesRule> Takes { get; internal set; } = [];

    /// <summary>The range all of its <c>takes</c> lines span, so that it holds for every product; null while the step has none.</summary>
    public DurationRange? Span => Takes.IsEmpty ? null : new DurationRange(Takes.Min(t => t.Duration.Minimum), Takes.Max(t => t.Duration.Maximum));
}
