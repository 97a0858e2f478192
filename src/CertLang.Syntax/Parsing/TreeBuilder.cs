using System.Collections.Immutable;
using System.Diagnostics;
using Antlr4.Runtime;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Generated;
using CertLang.Syntax.Text;
using P = CertLang.Syntax.Generated.CertLangParser;

namespace CertLang.Syntax.Parsing;

/// <summary>
/// Turns the ANTLR parse tree into the typed syntax tree, once, and then attaches every token the tree does not
/// hold (whitespace, comments, skipped input) as trivia, so that the tree covers the text exactly.
/// </summary>
internal sealed class TreeBuilder(SourceText source, List<IToken> tokens, List<Diagnostic> diagnostics)
{
    private readonly SyntaxToken?[] _claimed = new SyntaxToken?[tokens.Count];
    private readonly List<SyntaxToken> _created = [];
    private int _lastClaimedIndex = -1;

    /// <summary>Builds the tree of a whole file.</summary>
    public CompilationUnitSyntax Build(P.CompilationUnitContext context)
    {
        var cursor = new ChildCursor(context);
        var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
        while (cursor.Next<P.DeclarationContext>() is { } declaration)
        {
            if (Declaration(declaration) is { } built)
            {
                declarations.Add(built);
            }
        }

        var endOfFile = Real(tokens[^1], SyntaxKind.EndOfFileToken);
        var root = new CompilationUnitSyntax(declarations.ToImmutable(), endOfFile);
        AttachTrivia();
        PlaceMissingTokens();
        return root;
    }

    // ------------------------------------------------------------------ declarations

    private DeclarationSyntax? Declaration(P.DeclarationContext context) => new ChildCursor(context).Next<ParserRuleContext>() switch
    {
        P.PackDeclarationContext pack => Pack(pack),
        P.AttributeDeclarationContext attribute => Attribute(attribute),
        P.CategoryDeclarationContext category => Category(category),
        P.MarketDeclarationContext market => Market(market),
        P.RegimeDeclarationContext regime => Regime(regime),
        P.TestDeclarationContext test => Test(test),
        _ => null,
    };

    private PackDeclarationSyntax Pack(P.PackDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new PackDeclarationSyntax(
            Token(c, P.PACK), Identifier(c.Next<P.IdentifierContext>()), Token(c, P.VERSION),
            Single(c.Next<P.VersionNumberContext>(), SyntaxKind.NumberToken), Optional(c, P.STRING));
    }

    private AttributeDeclarationSyntax Attribute(P.AttributeDeclarationContext context)
    {
        var c = new ChildCursor(context);
        return new AttributeDeclarationSyntax(Token(c, P.ATTRIBUTE), Identifier(c.Next<P.IdentifierContext>()), Token(c, P.COLON), Type(c.Next<P.AttributeTypeContext>()));
    }

    private TypeSyntax Type(P.AttributeTypeContext? context)
    {
        if (context is P.EnumTypeContext enumType)
        {
            var c = new ChildCursor(enumType);
            return new EnumTypeSyntax(Token(c, P.ENUM), Token(c, P.LBRACE), Identifiers(c.Next<P.IdentifierListContext>()), Token(c, P.RBRACE));
        }

        var identifier = context is null ? null : new ChildCursor(context).Next<P.IdentifierContext>();
        return new NamedTypeSyntax(Identifier(identifier));
    }

    private CategoryDeclarationSyntax Category(P.CategoryDeclarationContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.CATEGORY);
        var name = Identifier(c.Next<P.IdentifierContext>());
        var title = Optional(c, P.STRING);
        var hsCodes = c.Next<P.HsListContext>() is { } list ? HsCodes(list) : null;
        var body = c.Next<P.CategoryBodyContext>() is { } categoryBody ? CategoryBody(categoryBody) : null;
        return new CategoryDeclarationSyntax(keyword, name, title, hsCodes, body);
    }

    private HsCodeListSyntax HsCodes(P.HsListContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.HS);
        return new HsCodeListSyntax(keyword, Separated(c, next => Single(next.Next<P.HsCodeContext>(), SyntaxKind.NumberToken)));
    }

    private CategoryBodySyntax CategoryBody(P.CategoryBodyContext context)
    {
        var c = new ChildCursor(context);
        var open = Token(c, P.LBRACE);
        var categories = Many<P.CategoryDeclarationContext, CategoryDeclarationSyntax>(c, Category);
        return new CategoryBodySyntax(open, categories, Token(c, P.RBRACE));
    }

    private MarketDeclarationSyntax Market(P.MarketDeclarationContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.MARKET);
        var name = Identifier(c.Next<P.IdentifierContext>());
        var title = Optional(c, P.STRING);
        var body = c.Next<P.MarketBodyContext>() is { } marketBody ? MarketBody(marketBody) : null;
        return new MarketDeclarationSyntax(keyword, name, title, body);
    }

    private MarketBodySyntax MarketBody(P.MarketBodyContext context)
    {
        var c = new ChildCursor(context);
        var open = Token(c, P.LBRACE);
        var clauses = Many<P.MarketClauseContext, MarketClauseSyntax>(c, MarketClause);
        return new MarketBodySyntax(open, clauses, Token(c, P.RBRACE));
    }

    private MarketClauseSyntax MarketClause(P.MarketClauseContext context)
    {
        var c = new ChildCursor(context);
        return context is P.NotCoveredClauseContext
            ? new NotCoveredClauseSyntax(Token(c, P.NOT), Token(c, P.COVERED), Token(c, P.STRING))
            : new MembersClauseSyntax(Token(c, P.MEMBERS), Identifiers(c.Next<P.IdentifierListContext>()));
    }

    private RegimeDeclarationSyntax Regime(P.RegimeDeclarationContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.REGIME);
        var name = Identifier(c.Next<P.IdentifierContext>());
        var inKeyword = Token(c, P.IN);
        var market = Name(c.Next<P.IdentifierContext>());
        var open = Token(c, P.LBRACE);
        var clauses = ImmutableArray.CreateBuilder<RegimeClauseSyntax>();
        while (c.Next<P.RegimeClauseContext>() is { } clause)
        {
            if (RegimeClause(clause) is { } built)
            {
                clauses.Add(built);
            }
        }

        return new RegimeDeclarationSyntax(keyword, name, inKeyword, market, open, clauses.ToImmutable(), Token(c, P.RBRACE));
    }

    private RegimeClauseSyntax? RegimeClause(P.RegimeClauseContext context)
    {
        var c = new ChildCursor(context);
        switch (context)
        {
            case P.TextClauseContext:
                return new TextClauseSyntax(Token(c, P.TITLE, P.AUTHORITY, P.MARK, P.BASIS, P.SOURCE), Token(c, P.STRING));
            case P.RouteClauseContext:
                return new RouteClauseSyntax(Token(c, P.ROUTE), Identifier(c.Next<P.IdentifierContext>()));
            case P.ValidityClauseContext:
                return new ValidityClauseSyntax(Token(c, P.VALIDITY), Duration(c.Next<P.DurationContext>()));
            case P.DateClauseContext:
                return new DateClauseSyntax(Token(c, P.EFFECTIVE, P.UNTIL), Token(c, P.DATE));
            case P.ScopeBlockContext:
            {
                var keyword = Token(c, P.SCOPE);
                var open = Token(c, P.LBRACE);
                var clauses = Many<P.ScopeClauseContext, ScopeClauseSyntax>(c, ScopeClause);
                return new ScopeBlockSyntax(keyword, open, clauses, Token(c, P.RBRACE));
            }

            case P.ProcessBlockContext:
            {
                var keyword = Token(c, P.PROCESS);
                var open = Token(c, P.LBRACE);
                var steps = Many<P.StepContext, StepSyntax>(c, Step);
                return new ProcessBlockSyntax(keyword, open, steps, Token(c, P.RBRACE));
            }

            case P.SurveillanceClauseContext:
                return new SurveillanceClauseSyntax(Token(c, P.SURVEILLANCE), Optional(c, P.STRING), Token(c, P.EVERY), Duration(c.Next<P.DurationContext>()));
            case P.RequiresClauseContext:
                return new RequiresClauseSyntax(Token(c, P.REQUIRES), Names(c.Next<P.IdentifierListContext>()));
            case P.AcceptsClauseContext:
            {
                var keyword = Token(c, P.ACCEPTS);
                var regimes = Names(c.Next<P.IdentifierListContext>());
                var takes = c.Token(P.TAKES) is { } takesKeyword ? new TakesClauseSyntax(Real(takesKeyword, SyntaxKind.TakesKeyword), Duration(c.Next<P.DurationContext>()), null) : null;
                return new AcceptsClauseSyntax(keyword, regimes, takes, From(c.Next<P.FromClauseContext>()), Until(c.Next<P.UntilClauseContext>()));
            }

            default:
                return null;
        }
    }

    private ScopeClauseSyntax ScopeClause(P.ScopeClauseContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.INCLUDE, P.EXCLUDE);
        var targets = c.Next<P.ScopeTargetListContext>() is { } list
            ? Separated(new ChildCursor(list), next => ScopeTarget(next.Next<P.ScopeTargetContext>()))
            : Empty<ScopeTargetSyntax>();
        var where = c.Next<P.WhereClauseContext>() is { } whereClause ? Where(whereClause) : null;
        return new ScopeClauseSyntax(keyword, targets, where, From(c.Next<P.FromClauseContext>()), Until(c.Next<P.UntilClauseContext>()));
    }

    private ScopeTargetSyntax ScopeTarget(P.ScopeTargetContext? context)
    {
        if (context is P.HsTargetContext hsTarget)
        {
            var c = new ChildCursor(hsTarget);
            return new HsTargetSyntax(Token(c, P.HS), Single(c.Next<P.HsCodeContext>(), SyntaxKind.NumberToken));
        }

        var identifier = context is null ? null : new ChildCursor(context).Next<P.IdentifierContext>();
        return new CategoryTargetSyntax(Name(identifier));
    }

    private WhereClauseSyntax Where(P.WhereClauseContext context)
    {
        var c = new ChildCursor(context);
        return new WhereClauseSyntax(Token(c, P.WHERE), Condition(c.Next<P.ConditionContext>()));
    }

    private FromClauseSyntax? From(P.FromClauseContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var c = new ChildCursor(context);
        return new FromClauseSyntax(Token(c, P.FROM), Token(c, P.DATE));
    }

    private UntilClauseSyntax? Until(P.UntilClauseContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var c = new ChildCursor(context);
        return new UntilClauseSyntax(Token(c, P.UNTIL), Token(c, P.DATE));
    }

    // ------------------------------------------------------------------ process

    private StepSyntax Step(P.StepContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.STEP);
        var name = Identifier(c.Next<P.IdentifierContext>());
        var title = Optional(c, P.STRING);
        return new StepSyntax(keyword, name, title, StepBody(c.Next<P.StepBodyContext>()));
    }

    private StepBodySyntax StepBody(P.StepBodyContext? context)
    {
        if (context is P.BlockStepBodyContext block)
        {
            var c = new ChildCursor(block);
            var after = After(c.Next<P.AfterClauseContext>());
            var open = Token(c, P.LBRACE);
            var takes = Many<P.TakesClauseContext, TakesClauseSyntax>(c, Takes);
            return new BlockStepBodySyntax(after, open, takes, Token(c, P.RBRACE));
        }

        var cursor = context is null ? null : new ChildCursor(context);
        var shortTakes = Takes(cursor?.Next<P.TakesClauseContext>());
        return new ShortStepBodySyntax(shortTakes, After(cursor?.Next<P.AfterClauseContext>()));
    }

    private TakesClauseSyntax Takes(P.TakesClauseContext? context)
    {
        if (context is null)
        {
            return new TakesClauseSyntax(Missing(SyntaxKind.TakesKeyword), Duration(null), null);
        }

        var c = new ChildCursor(context);
        var keyword = Token(c, P.TAKES);
        var duration = Duration(c.Next<P.DurationContext>());
        var when = c.Token(P.WHEN) is { } whenKeyword
            ? new WhenClauseSyntax(Real(whenKeyword, SyntaxKind.WhenKeyword), Condition(c.Next<P.ConditionContext>()))
            : null;
        return new TakesClauseSyntax(keyword, duration, when);
    }

    private AfterClauseSyntax? After(P.AfterClauseContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var c = new ChildCursor(context);
        return new AfterClauseSyntax(Token(c, P.AFTER), Names(c.Next<P.IdentifierListContext>()));
    }

    private DurationSyntax Duration(P.DurationContext? context)
    {
        if (context is null)
        {
            return new DurationSyntax(Missing(SyntaxKind.NumberToken), null, null, Missing(SyntaxKind.UnitToken));
        }

        var c = new ChildCursor(context);
        var minimum = Token(c, P.NUMBER);
        var dotDot = Optional(c, P.DOTDOT);
        var maximum = dotDot is null ? null : Token(c, P.NUMBER);
        return new DurationSyntax(minimum, dotDot, maximum, Token(c, P.UNIT));
    }

    // ------------------------------------------------------------------ tests

    private TestDeclarationSyntax Test(P.TestDeclarationContext context)
    {
        var c = new ChildCursor(context);
        var keyword = Token(c, P.TEST);
        var name = Token(c, P.STRING);
        var open = Token(c, P.LBRACE);
        var clauses = ImmutableArray.CreateBuilder<TestClauseSyntax>();
        while (c.Next<P.TestClauseContext>() is { } clause)
        {
            if (TestClause(clause) is { } built)
            {
                clauses.Add(built);
            }
        }

        return new TestDeclarationSyntax(keyword, name, open, clauses.ToImmutable(), Token(c, P.RBRACE));
    }

    private TestClauseSyntax? TestClause(P.TestClauseContext context)
    {
        var c = new ChildCursor(context);
        switch (context)
        {
            case P.ProductBlockContext:
            {
                var keyword = Token(c, P.PRODUCT);
                var open = Token(c, P.LBRACE);
                var entries = Many<P.ProductEntryContext, ProductEntrySyntax>(c, ProductEntry);
                return new ProductBlockSyntax(keyword, open, entries, Token(c, P.RBRACE));
            }

            case P.ShipClauseContext:
                return new ShipClauseSyntax(Token(c, P.SHIP), Token(c, P.DATE));
            case P.ExpectClauseContext:
                return Expect(c);
            default:
                return null;
        }
    }

    private ProductEntrySyntax ProductEntry(P.ProductEntryContext context)
    {
        var c = new ChildCursor(context);
        return new ProductEntrySyntax(new NameSyntax(Identifier(c.Next<P.AttributeNameContext>())), Value(c.Next<P.ValueContext>()));
    }

    private ExpectClauseSyntax Expect(ChildCursor c)
    {
        var keyword = Token(c, P.EXPECT);
        var regime = Name(c.Next<P.IdentifierContext>());
        var status = c.Next<P.ExpectedStatusContext>();
        var s = status is null ? null : new ChildCursor(status);
        return status switch
        {
            P.NotRequiredStatusContext => new ExpectClauseSyntax(keyword, regime, Token(s!, P.NOT), Token(s!, P.REQUIRED), null, null),
            P.UndeterminedStatusContext => new ExpectClauseSyntax(keyword, regime, null, Token(s!, P.UNDETERMINED), null, null),
            P.SatisfiedByStatusContext => new ExpectClauseSyntax(keyword, regime, null, Token(s!, P.SATISFIED), Token(s!, P.BY), Name(s!.Next<P.IdentifierContext>())),
            _ => new ExpectClauseSyntax(keyword, regime, null, s is null ? Missing(SyntaxKind.RequiredKeyword) : Token(s, P.REQUIRED), null, null),
        };
    }

    // ------------------------------------------------------------------ conditions

    private ConditionSyntax Condition(P.ConditionContext? context)
    {
        if (context is null)
        {
            return new NameConditionSyntax(Name(null));
        }

        var c = new ChildCursor(context);
        return Chain(c, P.OR, SyntaxKind.OrKeyword, next => AndCondition(next.Next<P.AndConditionContext>()));
    }

    private ConditionSyntax AndCondition(P.AndConditionContext? context)
    {
        if (context is null)
        {
            return new NameConditionSyntax(Name(null));
        }

        var c = new ChildCursor(context);
        return Chain(c, P.AND, SyntaxKind.AndKeyword, next => NotCondition(next.Next<P.NotConditionContext>()));
    }

    /// <summary>
    /// Reads <c>x (op x)*</c> and groups it as a balanced tree: and/or are associative, and a balanced tree keeps a
    /// chain of any length shallow for every recursive walker.
    /// </summary>
    private ConditionSyntax Chain(ChildCursor c, int operatorType, SyntaxKind operatorKind, Func<ChildCursor, ConditionSyntax> operand)
    {
        var operands = new List<ConditionSyntax> { operand(c) };
        var operators = new List<SyntaxToken>();
        while (c.Token(operatorType) is { } op)
        {
            operators.Add(Real(op, operatorKind));
            operands.Add(operand(c));
        }

        return Balanced(operands, operators, 0, operands.Count - 1);
    }

    private static ConditionSyntax Balanced(List<ConditionSyntax> operands, List<SyntaxToken> operators, int first, int last)
    {
        if (first == last)
        {
            return operands[first];
        }

        var middle = (first + last) / 2;
        return new BinaryConditionSyntax(Balanced(operands, operators, first, middle), operators[middle], Balanced(operands, operators, middle + 1, last));
    }

    private ConditionSyntax NotCondition(P.NotConditionContext? context)
    {
        if (context is null)
        {
            return new NameConditionSyntax(Name(null));
        }

        var c = new ChildCursor(context);
        var nots = new List<SyntaxToken>();
        while (c.Token(P.NOT) is { } not)
        {
            nots.Add(Real(not, SyntaxKind.NotKeyword));
        }

        var condition = PrimaryCondition(c.Next<P.PrimaryConditionContext>());
        for (var i = nots.Count - 1; i >= 0; i--)
        {
            condition = new NotConditionSyntax(nots[i], condition);
        }

        return condition;
    }

    private ConditionSyntax PrimaryCondition(P.PrimaryConditionContext? context)
    {
        if (context is null)
        {
            return new NameConditionSyntax(Name(null));
        }

        var c = new ChildCursor(context);
        switch (context)
        {
            case P.ParenthesizedConditionContext:
                return new ParenthesizedConditionSyntax(Token(c, P.LPAREN), Condition(c.Next<P.ConditionContext>()), Token(c, P.RPAREN));
            case P.ComparisonConditionContext:
                var attribute = Name(c.Next<P.IdentifierContext>());
                var op = Single(c.Next<P.ComparisonOperatorContext>(), SyntaxKind.EqualsEqualsToken);
                if (op.Kind == SyntaxKind.EqualsToken)
                {
                    diagnostics.Add(SyntaxDiagnostics.SingleEqualsFound(source, op.Span));
                }

                return new ComparisonConditionSyntax(attribute, op, Value(c.Next<P.ValueContext>()));
            case P.InConditionContext:
                return new InConditionSyntax(Name(c.Next<P.IdentifierContext>()), Token(c, P.IN), Token(c, P.LBRACE),
                    Values(c.Next<P.ValueListContext>()), Token(c, P.RBRACE));
            case P.IsConditionContext:
                return new IsConditionSyntax(Name(c.Next<P.IdentifierContext>()), Token(c, P.IS), Name(c.Next<P.IdentifierContext>()));
            case P.UnderConditionContext:
                return new UnderConditionSyntax(Name(c.Next<P.IdentifierContext>()), Token(c, P.UNDER), Single(c.Next<P.HsCodeContext>(), SyntaxKind.NumberToken));
            case P.BooleanConditionContext:
                return new BooleanConditionSyntax(Token(c, P.TRUE, P.FALSE));
            default:
                return new NameConditionSyntax(Name(c.Next<P.IdentifierContext>()));
        }
    }

    private SeparatedSyntaxList<ValueSyntax> Values(P.ValueListContext? context) =>
        context is null
            ? new SeparatedSyntaxList<ValueSyntax>([Value(null)], [])
            : Separated(new ChildCursor(context), next => Value(next.Next<P.ValueContext>()));

    private ValueSyntax Value(P.ValueContext? context)
    {
        if (context is null)
        {
            return new NameValueSyntax(Name(null));
        }

        var c = new ChildCursor(context);
        return context switch
        {
            P.NumberValueContext => new NumberValueSyntax(Token(c, P.NUMBER), c.Token(P.UNIT) is { } unit ? Real(unit, SyntaxKind.UnitToken) : null),
            P.DottedValueContext => new LiteralValueSyntax(Token(c, P.DOTTED_NUMBER)),
            P.StringValueContext => new LiteralValueSyntax(Token(c, P.STRING)),
            P.DateValueContext => new LiteralValueSyntax(Token(c, P.DATE)),
            P.BooleanValueContext => new LiteralValueSyntax(Token(c, P.TRUE, P.FALSE)),
            _ => new NameValueSyntax(Name(c.Next<P.IdentifierContext>())),
        };
    }

    // ------------------------------------------------------------------ names and lists

    private NameSyntax Name(P.IdentifierContext? context) => new(Identifier(context));

    private SyntaxToken Identifier(ParserRuleContext? context)
    {
        var token = context is null ? null : FirstToken(context);
        return token is null ? Missing(SyntaxKind.IdentifierToken) : Real(token, SyntaxKind.IdentifierToken);
    }

    private SeparatedSyntaxList<SyntaxToken> Identifiers(P.IdentifierListContext? context) =>
        context is null
            ? new SeparatedSyntaxList<SyntaxToken>([Missing(SyntaxKind.IdentifierToken)], [])
            : Separated(new ChildCursor(context), next => Identifier(next.Next<P.IdentifierContext>()));

    private SeparatedSyntaxList<NameSyntax> Names(P.IdentifierListContext? context) =>
        context is null
            ? new SeparatedSyntaxList<NameSyntax>([Name(null)], [])
            : Separated(new ChildCursor(context), next => Name(next.Next<P.IdentifierContext>()));

    private SeparatedSyntaxList<T> Separated<T>(ChildCursor c, Func<ChildCursor, T> element)
        where T : SyntaxElement
    {
        var elements = ImmutableArray.CreateBuilder<T>();
        var separators = ImmutableArray.CreateBuilder<SyntaxToken>();
        elements.Add(element(c));
        while (c.Token(P.COMMA) is { } comma)
        {
            separators.Add(Real(comma, SyntaxKind.CommaToken));
            elements.Add(element(c));
        }

        return new SeparatedSyntaxList<T>(elements.ToImmutable(), separators.ToImmutable());
    }

    private static SeparatedSyntaxList<T> Empty<T>()
        where T : SyntaxElement => new([], []);

    private static ImmutableArray<TNode> Many<TContext, TNode>(ChildCursor c, Func<TContext, TNode> convert)
        where TContext : ParserRuleContext
    {
        var nodes = ImmutableArray.CreateBuilder<TNode>();
        while (c.Next<TContext>() is { } context)
        {
            nodes.Add(convert(context));
        }

        return nodes.ToImmutable();
    }

    // ------------------------------------------------------------------ tokens

    /// <summary>The one token of a single-token rule such as <c>hsCode</c>, or a missing token of <paramref name="missingKind"/>.</summary>
    private SyntaxToken Single(ParserRuleContext? context, SyntaxKind missingKind)
    {
        var token = context is null ? null : FirstToken(context);
        return token is null ? Missing(missingKind) : Real(token, TokenKinds.Of(token));
    }

    /// <summary>The first real token of a rule that matches one token, possibly through a nested rule such as <c>softKeyword</c>.</summary>
    private static IToken? FirstToken(ParserRuleContext context)
    {
        for (var i = 0; i < context.ChildCount; i++)
        {
            switch (context.GetChild(i))
            {
                case Antlr4.Runtime.Tree.IErrorNode:
                    continue;
                case Antlr4.Runtime.Tree.ITerminalNode terminal:
                    return terminal.Symbol;
                case ParserRuleContext nested when FirstToken(nested) is { } token:
                    return token;
            }
        }

        return null;
    }

    private SyntaxToken Token(ChildCursor c, params ReadOnlySpan<int> types) =>
        c.Token(types) is { } token ? Real(token, TokenKinds.Of(token)) : Missing(TokenKinds.Of(types[0]));

    private SyntaxToken? Optional(ChildCursor c, int type) =>
        c.Token(type) is { } token ? Real(token, TokenKinds.Of(type)) : null;

    private SyntaxToken Real(IToken token, SyntaxKind kind)
    {
        Debug.Assert(token.TokenIndex > _lastClaimedIndex, "tokens must be claimed in source order");
        _lastClaimedIndex = token.TokenIndex;
        var span = TokenSpans.SpanOf(token);
        var syntaxToken = new SyntaxToken(kind, source, span, isMissing: false);
        _claimed[token.TokenIndex] = syntaxToken;
        _created.Add(syntaxToken);
        return syntaxToken;
    }

    private SyntaxToken Missing(SyntaxKind kind)
    {
        var token = new SyntaxToken(kind, source, default, isMissing: true);
        _created.Add(token);
        return token;
    }

    // ------------------------------------------------------------------ trivia

    /// <summary>
    /// Gives every token of the text that the tree does not hold to a token of the tree: whitespace and comments up to
    /// the end of a line trail the token before them; everything else, skipped input included, leads the next one.
    /// </summary>
    private void AttachTrivia()
    {
        var leading = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var trailing = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (_claimed[i] is not { } token)
            {
                leading.Add(Trivia(tokens[i++]));
                continue;
            }

            for (i++; i < tokens.Count && _claimed[i] is null && IsTrailing(tokens[i]); i++)
            {
                trailing.Add(Trivia(tokens[i]));
                if (tokens[i].Type == CertLangLexer.NEWLINE)
                {
                    i++;
                    break;
                }
            }

            token.SetTrivia(leading.DrainToImmutable(), trailing.DrainToImmutable());
        }
    }

    private static bool IsTrailing(IToken token) =>
        token.Channel == TokenConstants.HiddenChannel && TokenKinds.IsTrailingTrivia(token.Type);

    private SyntaxTrivia Trivia(IToken token) => new(
        TokenKinds.TriviaOf(token.Type), source, TokenSpans.SpanOf(token));

    /// <summary>Puts each missing token right after the full span of the real token before it.</summary>
    private void PlaceMissingTokens()
    {
        var end = 0;
        foreach (var token in _created)
        {
            if (token.IsMissing)
            {
                token.MoveMissingTo(end);
            }
            else
            {
                end = token.FullSpan.End;
            }
        }
    }
}
