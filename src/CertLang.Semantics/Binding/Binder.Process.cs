using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;

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
            if (Declare(steps, syntax.Name, step))
            {
                ordered.Add(step);
            }
        }

        foreach (var step in ordered)
        {
            var body = ((StepSyntax)step.Declaration!).Body;
            step.Predecessors = [.. (body.After?.Steps.Elements ?? []).Select(name => Resolve(name, steps, SemanticDiagnostics.StepNotDeclared)).OfType<StepSymbol>()];
            step.Takes = BindTakes(step, body.TakesClauses);
        }

        foreach (var cycle in Cycles.Find(ordered, s => s.Predecessors))
        {
            Report(cycle[0].NameToken!, SemanticDiagnostics.StepsWaitInCycle(regime.Name, cycle));
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
                    Report(clause.TakesKeyword, SemanticDiagnostics.DefaultDurationTwice(step.Name));
                }
                else
                {
                    Report(clause.TakesKeyword, SemanticDiagnostics.DurationAfterDefault(step.Name));
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
            Report(step.NameToken!, SemanticDiagnostics.DefaultDurationMissing(step.Name));
        }

        return [.. rules];
    }
}
