using CertLang.Syntax.Text;

namespace CertLang.Syntax.Classification;

/// <summary>
/// Classifies the tokens and comments of a tree by their syntax role, in one pass over the part asked for. Keywords are
/// soft (a regime may be called <c>mark</c>): the parser gives a keyword's kind only to a keyword in a keyword position,
/// and names, numbers and units are classified by the node that holds them, never by their text.
/// </summary>
public static class SyntaxClassifier
{
    private const string CategoryAttribute = "category";
    private const string HsAttribute = "hs";

    /// <summary>The classified tokens and comments of <paramref name="root"/> that overlap <paramref name="span"/>, in source order; punctuation, missing tokens and skipped input are left out.</summary>
    public static IEnumerable<ClassifiedSpan> Classify(SyntaxNode root, TextSpan span)
    {
        var stack = new Stack<SyntaxElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (!Overlaps(element.FullSpan, span))
            {
                continue;
            }

            if (element is SyntaxNode node)
            {
                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    stack.Push(node.Children[i]);
                }

                continue;
            }

            var token = (SyntaxToken)element;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (Overlaps(trivia.Span, span) && ClassifyTrivia(trivia) is { } comment)
                {
                    yield return comment;
                }
            }

            if (!token.IsMissing && Overlaps(token.Span, span) && ClassifyToken(token) is { } classified)
            {
                yield return classified;
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                if (Overlaps(trivia.Span, span) && ClassifyTrivia(trivia) is { } comment)
                {
                    yield return comment;
                }
            }
        }
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static ClassifiedSpan? ClassifyTrivia(SyntaxTrivia trivia) => trivia.Kind switch
    {
        SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia => new ClassifiedSpan(trivia.Span, SyntaxClassification.Comment),
        SyntaxKind.DocumentationCommentTrivia => new ClassifiedSpan(trivia.Span, SyntaxClassification.DocumentationComment),
        _ => null,
    };

    private static ClassifiedSpan? ClassifyToken(SyntaxToken token) => token.Kind switch
    {
        _ when SyntaxFacts.IsKeyword(token.Kind) => Plain(token, SyntaxClassification.Keyword),
        SyntaxKind.DateToken => Plain(token, SyntaxClassification.Date),
        SyntaxKind.StringToken when token.Parent is TestDeclarationSyntax => Declared(token, SyntaxClassification.TestName),
        SyntaxKind.StringToken => Plain(token, SyntaxClassification.String),
        SyntaxKind.DotDotToken or SyntaxKind.EqualsEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.ExclamationEqualsToken
            or SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken
            => Plain(token, SyntaxClassification.Operator),
        SyntaxKind.IdentifierToken or SyntaxKind.UnitToken or SyntaxKind.NumberToken or SyntaxKind.DottedNumberToken => ClassifyByRole(token),
        _ => null,
    };

    private static ClassifiedSpan? ClassifyByRole(SyntaxToken token) => token.Parent switch
    {
        PackDeclarationSyntax pack => token == pack.Name ? Declared(token, SyntaxClassification.PackName) : Plain(token, SyntaxClassification.Number),
        AttributeDeclarationSyntax => Declared(token, SyntaxClassification.AttributeName),
        NamedTypeSyntax => new ClassifiedSpan(token.Span, SyntaxClassification.TypeName, IsBuiltIn: true),
        EnumTypeSyntax => Declared(token, SyntaxClassification.EnumMemberName),
        CategoryDeclarationSyntax => Declared(token, SyntaxClassification.CategoryName),
        HsCodeListSyntax or HsTargetSyntax or UnderConditionSyntax => Plain(token, SyntaxClassification.HsCode),
        MarketDeclarationSyntax => Declared(token, SyntaxClassification.MarketName),
        MembersClauseSyntax => Plain(token, SyntaxClassification.CountryCode),
        RegimeDeclarationSyntax => Declared(token, SyntaxClassification.RegimeName),
        RouteClauseSyntax => Plain(token, SyntaxClassification.RouteName),
        StepSyntax => Declared(token, SyntaxClassification.StepName),
        DurationSyntax duration => Plain(token, token == duration.Unit ? SyntaxClassification.Unit : SyntaxClassification.Number),
        NumberValueSyntax value => Plain(token, token == value.Unit ? SyntaxClassification.Unit : IsHsCode(value) ? SyntaxClassification.HsCode : SyntaxClassification.Number),
        LiteralValueSyntax value => Plain(token, token.Kind == SyntaxKind.DottedNumberToken || IsHsCode(value) ? SyntaxClassification.HsCode : SyntaxClassification.Number),
        NameSyntax name => ClassifyName(token, name),
        _ => null,
    };

    private static ClassifiedSpan? ClassifyName(SyntaxToken token, NameSyntax name) => name.Parent switch
    {
        RegimeDeclarationSyntax => Plain(token, SyntaxClassification.MarketName),
        AfterClauseSyntax => Plain(token, SyntaxClassification.StepName),
        RequiresClauseSyntax or AcceptsClauseSyntax or ExpectClauseSyntax => Plain(token, SyntaxClassification.RegimeName),
        CategoryTargetSyntax => Plain(token, SyntaxClassification.CategoryName),
        IsConditionSyntax condition when name == condition.Category => Plain(token, SyntaxClassification.CategoryName),
        NameValueSyntax value => Plain(token, OperandOf(value) == CategoryAttribute ? SyntaxClassification.CategoryName : SyntaxClassification.EnumMemberName),
        ComparisonConditionSyntax or InConditionSyntax or IsConditionSyntax or UnderConditionSyntax or NameConditionSyntax or ProductEntrySyntax =>
            new ClassifiedSpan(token.Span, SyntaxClassification.AttributeName, IsBuiltIn: token.Text is CategoryAttribute or HsAttribute),
        _ => null,
    };

    /// <summary>The name of the attribute a value is compared with or given to, if any.</summary>
    private static string? OperandOf(ValueSyntax value) => value.Parent switch
    {
        ComparisonConditionSyntax comparison => comparison.Attribute.Identifier.Text,
        InConditionSyntax list => list.Attribute.Identifier.Text,
        ProductEntrySyntax entry => entry.Attribute.Identifier.Text,
        _ => null,
    };

    private static bool IsHsCode(ValueSyntax value) => OperandOf(value) == HsAttribute;

    private static ClassifiedSpan Plain(SyntaxToken token, SyntaxClassification classification) => new(token.Span, classification);

    private static ClassifiedSpan Declared(SyntaxToken token, SyntaxClassification classification) => new(token.Span, classification, IsDeclaration: true);
}
