using CertLang.Syntax;

namespace CertLang.Semantics.Formatting;

/// <summary>
/// Lines up the values of a regime's one-line clauses (<c>title</c>, <c>authority</c>, <c>mark</c>, <c>route</c>,
/// <c>basis</c>, <c>source</c>, <c>validity</c>, <c>effective</c>, <c>until</c>, <c>requires</c>, <c>accepts</c>):
/// within a run of them, unbroken by a blank line or another clause, each keyword is padded to the longest plus one.
/// </summary>
internal static class RegimeClauseAlignment
{
    /// <summary>The keyword width (keyword and padding) of each aligned clause.</summary>
    public static Dictionary<RegimeClauseSyntax, int> KeywordWidths(IEnumerable<RegimeClauseSyntax> clauses, Func<SyntaxToken, TriviaGap> gapBefore)
    {
        var widths = new Dictionary<RegimeClauseSyntax, int>();
        var run = new List<(RegimeClauseSyntax Clause, int KeywordLength)>();
        foreach (var clause in clauses)
        {
            var keyword = AlignedKeyword(clause);
            if (keyword is null || gapBefore(clause.FirstToken).HasBlankLine)
            {
                EndRun(run, widths);
            }

            if (keyword is not null)
            {
                run.Add((clause, keyword.Text.Length));
            }
        }

        EndRun(run, widths);
        return widths;
    }

    /// <summary>The keyword whose value is aligned, or null for a clause that is not aligned.</summary>
    public static SyntaxToken? AlignedKeyword(RegimeClauseSyntax clause) => clause switch
    {
        TextClauseSyntax text => text.Keyword,
        RouteClauseSyntax route => route.RouteKeyword,
        ValidityClauseSyntax validity => validity.ValidityKeyword,
        DateClauseSyntax date => date.Keyword,
        RequiresClauseSyntax requires => requires.RequiresKeyword,
        AcceptsClauseSyntax accepts => accepts.AcceptsKeyword,
        _ => null,
    };

    private static void EndRun(List<(RegimeClauseSyntax Clause, int KeywordLength)> run, Dictionary<RegimeClauseSyntax, int> widths)
    {
        if (run.Count == 0)
        {
            return;
        }

        var width = run.Max(entry => entry.KeywordLength) + 1;
        foreach (var (clause, _) in run)
        {
            widths[clause] = width;
        }

        run.Clear();
    }
}
