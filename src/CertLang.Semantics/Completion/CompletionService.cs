using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax;

namespace CertLang.Semantics.Completion;

/// <summary>
/// What may be written at a position: keywords that fit the block, attribute names in conditions, enum members after
/// <c>==</c>/<c>in</c>, categories after <c>include</c>/<c>is</c>, steps after <c>after</c>, markets after a regime's
/// <c>in</c>, regimes after <c>requires</c>/<c>accepts</c>/<c>expect</c>, <c>takes</c> after an accepts list, units after a
/// number, <c>not covered</c> in a market. Works on unfinished lines.
/// </summary>
public static class CompletionService
{
    private static readonly string[] FileKeywords = ["pack", "attribute", "category", "market", "regime", "test"];
    private static readonly string[] RegimeKeywords =
        ["title", "authority", "mark", "basis", "source", "route", "validity", "effective", "until", "scope", "process", "surveillance", "requires", "accepts"];

    private static readonly string[] DurationUnits = ["days", "weeks", "months", "years"];

    /// <summary>The candidates at <paramref name="position"/> of the model's tree, in the order they should be offered.</summary>
    public static IReadOnlyList<CompletionCandidate> GetCompletions(SemanticModel model, int position)
    {
        var lexemes = Lexeme.Before(model.SyntaxTree, position);
        if (lexemes.Count > 0 && lexemes[^1].Span.End == position && lexemes[^1].IsWord)
        {
            lexemes.RemoveAt(lexemes.Count - 1);
        }

        var line = model.SyntaxTree.Text.GetLineIndex(position);
        var start = Blocks.StatementStart(lexemes, lexemes.Count, line);
        var statement = lexemes.GetRange(start, lexemes.Count - start);
        var block = Blocks.Enclosing(lexemes.GetRange(0, start));
        var context = new Context(model, position, block, lexemes, statement);
        return [.. context.Candidates().DistinctBy(c => (c.Label, c.Kind))];
    }

    private sealed class Context(SemanticModel model, int position, Block block, List<Lexeme> lexemes, List<Lexeme> statement)
    {
        private Compilation Compilation => model.Compilation;

        private Lexeme? Previous => statement.Count > 0 ? statement[^1] : null;

        private string? First => statement.Count > 0 ? statement[0].Text : null;

        public IEnumerable<CompletionCandidate> Candidates()
        {
            if (Previous is not { } previous)
            {
                return LineStart();
            }

            return previous.Kind switch
            {
                SyntaxKind.IncludeKeyword or SyntaxKind.ExcludeKeyword => [.. Categories(), Keyword("hs")],
                SyntaxKind.IsKeyword => Categories(),
                SyntaxKind.AfterKeyword => Steps(),
                SyntaxKind.InKeyword when First == "regime" => Markets(),
                SyntaxKind.RequiresKeyword or SyntaxKind.AcceptsKeyword or SyntaxKind.ExpectKeyword or SyntaxKind.ByKeyword => Regimes(),
                SyntaxKind.MembersKeyword => Markets(),
                SyntaxKind.NotKeyword when block == Block.Market && statement.Count == 1 => Keywords("covered"),
                SyntaxKind.WhereKeyword or SyntaxKind.WhenKeyword or SyntaxKind.AndKeyword or SyntaxKind.OrKeyword
                    or SyntaxKind.NotKeyword or SyntaxKind.OpenParenToken => ConditionStart(),
                SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken => ValuesOf(OperandBefore(statement.Count - 1)),
                SyntaxKind.NumberToken => UnitsAfterNumber(),
                SyntaxKind.ColonToken when First == "attribute" => Types(),
                SyntaxKind.RouteKeyword => RegimeRoutes.All.Select(r => new CompletionCandidate(r, CompletionKind.Keyword, "route")),
                SyntaxKind.CommaToken => AfterComma(),
                _ when block == Block.ValueSet => [],
                _ => AfterName(previous),
            };
        }

        private IEnumerable<CompletionCandidate> LineStart() => block switch
        {
            Block.File => Keywords(FileKeywords),
            Block.Regime => Keywords(RegimeKeywords),
            Block.Scope => Keywords("include", "exclude"),
            Block.Process => Keywords("step"),
            Block.Step => Keywords("takes"),
            Block.Test => Keywords("product", "ship", "expect"),
            Block.Product => Attributes(),
            Block.Market => Keywords("members", "not covered"),
            Block.Category => Keywords("category"),
            Block.ValueSet => ValuesOf(SetOperand()),
            _ => [],
        };

        private IEnumerable<CompletionCandidate> AfterComma() => First switch
        {
            _ when block == Block.ValueSet => ValuesOf(SetOperand()),
            "include" or "exclude" when !statement.Any(l => l.Kind == SyntaxKind.WhereKeyword) => Categories(),
            "requires" or "accepts" => Regimes(),
            "members" => Markets(),
            "step" => Steps(),
            _ => [],
        };

        private IEnumerable<CompletionCandidate> AfterName(Lexeme previous) => First switch
        {
            "include" or "exclude" when statement.Count >= 2 && !statement.Any(l => l.Kind == SyntaxKind.WhereKeyword) => Keywords("where", "from", "until"),
            "expect" when statement.Count == 2 => Keywords(RegimeStatusNames.AllWords),
            "step" when statement.Count <= 3 && previous.Kind is SyntaxKind.IdentifierToken or SyntaxKind.StringToken => Keywords("takes", "after"),
            "step" when EndsWithDuration() && !statement.Any(l => l.Kind == SyntaxKind.AfterKeyword) => Keywords("when", "after"),
            "takes" when EndsWithDuration() => Keywords("when"),
            "accepts" when EndsWithDuration() => Keywords("from", "until"),
            "accepts" when previous.IsWord && !statement.Any(l => l.Kind is SyntaxKind.TakesKeyword or SyntaxKind.FromKeyword or SyntaxKind.UntilKeyword)
                => Keywords("takes", "from", "until"),
            _ => [],
        };

        private bool EndsWithDuration() =>
            statement.Count >= 3 && statement[^2].Kind == SyntaxKind.NumberToken && Units.Duration(statement[^1].Text) is not null;

        private IEnumerable<CompletionCandidate> ConditionStart() =>
            [.. Attributes(), .. Keywords("not", "true", "false")];

        private IEnumerable<CompletionCandidate> UnitsAfterNumber()
        {
            if (First is "takes" or "validity" or "surveillance" || statement.Any(l => l.Kind is SyntaxKind.TakesKeyword or SyntaxKind.EveryKeyword))
            {
                return DurationUnits.Select(u => new CompletionCandidate(u, CompletionKind.Unit, "duration"));
            }

            var operand = block == Block.Product && statement.Count == 2 ? statement[0].Text : OperandBefore(statement.Count - 2);
            var kinds = AttributeNamed(operand)?.Type is QuantityType quantity ? [quantity.Kind] : Enum.GetValues<QuantityKind>();
            return kinds.SelectMany(kind => Units.NamesOf(kind).Select(u => new CompletionCandidate(u, CompletionKind.Unit, kind.ToString().ToLowerInvariant())));
        }

        private string? OperandBefore(int operatorIndex) =>
            operatorIndex >= 1 && statement[operatorIndex - 1].IsWord ? statement[operatorIndex - 1].Text : null;

        private string? SetOperand()
        {
            var inKeyword = lexemes.FindLastIndex(l => l.Kind == SyntaxKind.InKeyword);
            return inKeyword >= 1 ? lexemes[inKeyword - 1].Text : null;
        }

        private IEnumerable<CompletionCandidate> ValuesOf(string? attribute) => AttributeNamed(attribute)?.Type switch
        {
            EnumType members => members.Members.Select(m => new CompletionCandidate(m, CompletionKind.EnumMember, attribute)),
            BoolType => Keywords("true", "false"),
            CategoryType => Categories(),
            _ => [],
        };

        private AttributeSymbol? AttributeNamed(string? name) =>
            name is null ? null : Compilation.Attributes.FirstOrDefault(a => a.Name == name);

        private IEnumerable<CompletionCandidate> Attributes() =>
            Compilation.Attributes.Select(a => new CompletionCandidate(a.Name, CompletionKind.Attribute, a.Type.DisplayName));

        private IEnumerable<CompletionCandidate> Categories() =>
            Compilation.Categories.Select(c => new CompletionCandidate(c.Name, CompletionKind.Category, c.Title ?? c.Path));

        private IEnumerable<CompletionCandidate> Markets() =>
            Compilation.Markets.Select(m => new CompletionCandidate(m.Name, CompletionKind.Market, m.Title));

        private IEnumerable<CompletionCandidate> Regimes() =>
            Compilation.Regimes.Select(r => new CompletionCandidate(r.Name, CompletionKind.Regime, r.Market is { } market ? $"in {market.Name}" : null));

        private IEnumerable<CompletionCandidate> Steps() =>
            (EnclosingRegime()?.Steps ?? []).Select(s => new CompletionCandidate(s.Name, CompletionKind.Step, s.Title));

        private RegimeSymbol? EnclosingRegime() =>
            Compilation.Regimes.FirstOrDefault(r => r.Syntax.Span.Contains(position) && ReferenceEquals(r.Syntax.Ancestors().LastOrDefault(), model.SyntaxTree.Root));

        private static IEnumerable<CompletionCandidate> Types() =>
            AttributeTypes.Names.Append("enum").Select(t => new CompletionCandidate(t, CompletionKind.Type));

        private static IEnumerable<CompletionCandidate> Keywords(params IEnumerable<string> keywords) =>
            keywords.Select(k => new CompletionCandidate(k, CompletionKind.Keyword));

        private static CompletionCandidate Keyword(string keyword) => new(keyword, CompletionKind.Keyword);
    }
}
