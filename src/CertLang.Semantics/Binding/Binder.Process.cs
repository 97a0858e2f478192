using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Processes: steps, their predecessors (a DAG), and their durations (exactly one default).</summary>
internal sealed partial class Binder
{
    private ImmutableArray<StepSymbol> BindProcess(RegimeSymbol regime, ProcessBlockSyntax process)
    {
        var steps = new Dictionary<string, StepSymbol>(StringComparer.Ordinal);
        var ordered = new List<StepSymbol>();
        foreach (var syntax in process.Steps)
        {
            var step = new StepSymbol(syntax, regime, syntax.Title is { } title ? Strings.Unescape(title.Text) : null);
            if (Declare(steps, syntax.Name, "step", step))
            {
                ordered.Add(step);
            }
        }

        foreach (var step in ordered)
        {
            var body = ((StepSyntax)step.Declaration!).Body;
            step.Predecessors = [.. (body.After?.Steps.Elements ?? []).Select(name => Resolve(name, steps, SemanticDiagnostics.UnknownStep, "step")).OfType<StepSymbol>()];
            step.Takes = BindTakes(step, body.TakesClauses);
        }

        foreach (var cycle in Cycles.Find(ordered, s => s.Predecessors))
        {
            Report(SemanticDiagnostics.StepCycle, cycle[0].NameToken!, cycle.Count == 1
                ? $"step '{Safe(cycle[0].Name)}' waits for itself; remove '{Safe(cycle[0].Name)}' from its 'after'"
                : $"steps of '{Safe(regime.Name)}' wait for each other: {Cycles.Describe(cycle)}; remove one 'after'");
        }

        return [.. ordered];
    }

    private ImmutableArray<TakesRule> BindTakes(StepSymbol step, ImmutableArray<TakesClauseSyntax> clauses)
    {
        var rules = new List<TakesRule>();
        TakesClauseSyntax? firstDefault = null;
        foreach (var clause in clauses.Where(c => !c.TakesKeyword.IsMissing))
        {
            var when = clause.When is { } whenClause ? BindCondition(whenClause.Condition) : null;
            var duration = BindDuration(clause.Duration);
            if (firstDefault is not null)
            {
                if (clause.When is null)
                {
                    Report(SemanticDiagnostics.SecondDefaultTakes, clause.TakesKeyword,
                        $"step '{Safe(step.Name)}' already has a default duration (a 'takes' without 'when'); give this one a 'when' or remove it");
                }
                else
                {
                    Report(SemanticDiagnostics.UnreachableTakes, clause.TakesKeyword,
                        $"this duration comes after the default of step '{Safe(step.Name)}' and is never used; move it above the default");
                }

                continue;
            }

            firstDefault = when is null ? clause : null;
            if (duration is { } range)
            {
                rules.Add(new TakesRule(range, when, clause));
            }
        }

        if (firstDefault is null && !HasSyntaxErrors(step.Declaration!))
        {
            Report(SemanticDiagnostics.NoDefaultTakes, step.NameToken!,
                $"step '{Safe(step.Name)}' has no default duration: add a 'takes' without 'when' as its last line");
        }

        return [.. rules];
    }
}
