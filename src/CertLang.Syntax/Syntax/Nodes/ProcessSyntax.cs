using System.Collections.Immutable;

namespace CertLang.Syntax;

/// <summary><c>process { step … }</c>: the steps of a regime's certification.</summary>
public sealed class ProcessBlockSyntax : RegimeClauseSyntax
{
    internal ProcessBlockSyntax(SyntaxToken processKeyword, SyntaxToken openBrace, ImmutableArray<StepSyntax> steps, SyntaxToken closeBrace)
        : base(SyntaxKind.ProcessBlock, processKeyword, openBrace, steps, closeBrace)
    {
        ProcessKeyword = processKeyword;
        OpenBrace = openBrace;
        Steps = steps;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>process</c> keyword.</summary>
    public SyntaxToken ProcessKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The steps.</summary>
    public ImmutableArray<StepSyntax> Steps { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary><c>step NAME "title" takes D after A</c> or <c>step NAME "title" after A { takes … }</c></summary>
public sealed class StepSyntax : SyntaxNode
{
    internal StepSyntax(SyntaxToken stepKeyword, SyntaxToken name, SyntaxToken? title, StepBodySyntax body)
        : base(SyntaxKind.Step, stepKeyword, name, title, body)
    {
        StepKeyword = stepKeyword;
        Name = name;
        Title = title;
        Body = body;
    }

    /// <summary>The <c>step</c> keyword.</summary>
    public SyntaxToken StepKeyword { get; }

    /// <summary>The step's name.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The title string, if any.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>The durations and predecessors, in short or block form.</summary>
    public StepBodySyntax Body { get; }
}

/// <summary>What follows a step's title: its durations and its predecessors.</summary>
public abstract class StepBodySyntax : SyntaxNode
{
    private protected StepBodySyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }

    /// <summary>The predecessors, if any.</summary>
    public abstract AfterClauseSyntax? After { get; }

    /// <summary>The duration lines, in the order they are tried.</summary>
    public abstract ImmutableArray<TakesClauseSyntax> TakesClauses { get; }
}

/// <summary><c>takes 1..2 weeks after A, B</c></summary>
public sealed class ShortStepBodySyntax : StepBodySyntax
{
    internal ShortStepBodySyntax(TakesClauseSyntax takes, AfterClauseSyntax? after)
        : base(SyntaxKind.ShortStepBody, takes, after)
    {
        Takes = takes;
        After = after;
    }

    /// <summary>The one duration.</summary>
    public TakesClauseSyntax Takes { get; }

    /// <inheritdoc />
    public override AfterClauseSyntax? After { get; }

    /// <inheritdoc />
    public override ImmutableArray<TakesClauseSyntax> TakesClauses => [Takes];
}

/// <summary><c>after A { takes … when C  takes … }</c></summary>
public sealed class BlockStepBodySyntax : StepBodySyntax
{
    internal BlockStepBodySyntax(AfterClauseSyntax? after, SyntaxToken openBrace, ImmutableArray<TakesClauseSyntax> takesClauses, SyntaxToken closeBrace)
        : base(SyntaxKind.BlockStepBody, after, openBrace, takesClauses, closeBrace)
    {
        After = after;
        OpenBrace = openBrace;
        TakesClauses = takesClauses;
        CloseBrace = closeBrace;
    }

    /// <inheritdoc />
    public override AfterClauseSyntax? After { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <inheritdoc />
    public override ImmutableArray<TakesClauseSyntax> TakesClauses { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary><c>takes 4..8 weeks when CONDITION</c> in a step, or <c>takes 2..4 weeks</c> (never with <c>when</c>) in an <c>accepts</c> clause.</summary>
public sealed class TakesClauseSyntax : SyntaxNode
{
    internal TakesClauseSyntax(SyntaxToken takesKeyword, DurationSyntax duration, WhenClauseSyntax? when)
        : base(SyntaxKind.TakesClause, takesKeyword, duration, when)
    {
        TakesKeyword = takesKeyword;
        Duration = duration;
        When = when;
    }

    /// <summary>The <c>takes</c> keyword.</summary>
    public SyntaxToken TakesKeyword { get; }

    /// <summary>The duration.</summary>
    public DurationSyntax Duration { get; }

    /// <summary>The condition under which this duration applies; null for the default and in an <c>accepts</c> clause.</summary>
    public WhenClauseSyntax? When { get; }
}

/// <summary><c>when CONDITION</c></summary>
public sealed class WhenClauseSyntax : SyntaxNode
{
    internal WhenClauseSyntax(SyntaxToken whenKeyword, ConditionSyntax condition)
        : base(SyntaxKind.WhenClause, whenKeyword, condition)
    {
        WhenKeyword = whenKeyword;
        Condition = condition;
    }

    /// <summary>The <c>when</c> keyword.</summary>
    public SyntaxToken WhenKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }
}

/// <summary><c>after A, B</c>: the steps that must end before a step starts.</summary>
public sealed class AfterClauseSyntax : SyntaxNode
{
    internal AfterClauseSyntax(SyntaxToken afterKeyword, SeparatedSyntaxList<NameSyntax> steps)
        : base(SyntaxKind.AfterClause, afterKeyword, steps)
    {
        AfterKeyword = afterKeyword;
        Steps = steps;
    }

    /// <summary>The <c>after</c> keyword.</summary>
    public SyntaxToken AfterKeyword { get; }

    /// <summary>The predecessor steps.</summary>
    public SeparatedSyntaxList<NameSyntax> Steps { get; }
}

/// <summary><c>3 days</c> or a range <c>4..8 weeks</c>.</summary>
public sealed class DurationSyntax : SyntaxNode
{
    internal DurationSyntax(SyntaxToken minimum, SyntaxToken? dotDot, SyntaxToken? maximum, SyntaxToken unit)
        : base(SyntaxKind.Duration, minimum, dotDot, maximum, unit)
    {
        Minimum = minimum;
        DotDot = dotDot;
        Maximum = maximum;
        Unit = unit;
    }

    /// <summary>The number, or the lower bound of a range.</summary>
    public SyntaxToken Minimum { get; }

    /// <summary>The <c>..</c> of a range.</summary>
    public SyntaxToken? DotDot { get; }

    /// <summary>The upper bound of a range.</summary>
    public SyntaxToken? Maximum { get; }

    /// <summary>The unit: days, weeks, months or years.</summary>
    public SyntaxToken Unit { get; }
}
