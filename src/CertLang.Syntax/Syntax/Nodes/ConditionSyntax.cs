namespace CertLang.Syntax;

/// <summary>A boolean condition over product attributes, in a <c>where</c> or a <c>when</c>.</summary>
public abstract class ConditionSyntax : SyntaxNode
{
    private protected ConditionSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary><c>a and b</c> or <c>a or b</c>; a chain of one operator is a balanced tree (docs/language.md, "Conditions").</summary>
public sealed class BinaryConditionSyntax : ConditionSyntax
{
    internal BinaryConditionSyntax(ConditionSyntax left, SyntaxToken operatorToken, ConditionSyntax right)
        : base(SyntaxKind.BinaryCondition, left, operatorToken, right)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public ConditionSyntax Left { get; }

    /// <summary>The <c>and</c> or <c>or</c> keyword.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ConditionSyntax Right { get; }
}

/// <summary><c>not a</c></summary>
public sealed class NotConditionSyntax : ConditionSyntax
{
    internal NotConditionSyntax(SyntaxToken notKeyword, ConditionSyntax operand)
        : base(SyntaxKind.NotCondition, notKeyword, operand)
    {
        NotKeyword = notKeyword;
        Operand = operand;
    }

    /// <summary>The <c>not</c> keyword.</summary>
    public SyntaxToken NotKeyword { get; }

    /// <summary>The negated condition.</summary>
    public ConditionSyntax Operand { get; }
}

/// <summary><c>( a )</c></summary>
public sealed class ParenthesizedConditionSyntax : ConditionSyntax
{
    internal ParenthesizedConditionSyntax(SyntaxToken openParen, ConditionSyntax condition, SyntaxToken closeParen)
        : base(SyntaxKind.ParenthesizedCondition, openParen, condition, closeParen)
    {
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
    }

    /// <summary>The opening parenthesis.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The inner condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary>The closing parenthesis.</summary>
    public SyntaxToken CloseParen { get; }
}

/// <summary><c>rated_voltage &lt;= 250 V</c>, <c>use == household</c> and the other comparisons.</summary>
public sealed class ComparisonConditionSyntax : ConditionSyntax
{
    internal ComparisonConditionSyntax(NameSyntax attribute, SyntaxToken operatorToken, ValueSyntax value)
        : base(SyntaxKind.ComparisonCondition, attribute, operatorToken, value)
    {
        Attribute = attribute;
        OperatorToken = operatorToken;
        Value = value;
    }

    /// <summary>The attribute compared.</summary>
    public NameSyntax Attribute { get; }

    /// <summary>The comparison operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The value compared with.</summary>
    public ValueSyntax Value { get; }
}

/// <summary><c>use in { household, commercial }</c></summary>
public sealed class InConditionSyntax : ConditionSyntax
{
    internal InConditionSyntax(NameSyntax attribute, SyntaxToken inKeyword, SyntaxToken openBrace, SeparatedSyntaxList<ValueSyntax> values, SyntaxToken closeBrace)
        : base(SyntaxKind.InCondition, attribute, inKeyword, openBrace, values, closeBrace)
    {
        Attribute = attribute;
        InKeyword = inKeyword;
        OpenBrace = openBrace;
        Values = values;
        CloseBrace = closeBrace;
    }

    /// <summary>The attribute tested.</summary>
    public NameSyntax Attribute { get; }

    /// <summary>The <c>in</c> keyword.</summary>
    public SyntaxToken InKeyword { get; }

    /// <summary>The opening brace.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The allowed values.</summary>
    public SeparatedSyntaxList<ValueSyntax> Values { get; }

    /// <summary>The closing brace.</summary>
    public SyntaxToken CloseBrace { get; }
}

/// <summary><c>category is household_appliance</c>: membership of a category or its descendants.</summary>
public sealed class IsConditionSyntax : ConditionSyntax
{
    internal IsConditionSyntax(NameSyntax attribute, SyntaxToken isKeyword, NameSyntax category)
        : base(SyntaxKind.IsCondition, attribute, isKeyword, category)
    {
        Attribute = attribute;
        IsKeyword = isKeyword;
        Category = category;
    }

    /// <summary>The attribute tested (normally <c>category</c>).</summary>
    public NameSyntax Attribute { get; }

    /// <summary>The <c>is</c> keyword.</summary>
    public SyntaxToken IsKeyword { get; }

    /// <summary>The category.</summary>
    public NameSyntax Category { get; }
}

/// <summary><c>hs under 8516</c>: an HS code prefix test.</summary>
public sealed class UnderConditionSyntax : ConditionSyntax
{
    internal UnderConditionSyntax(NameSyntax attribute, SyntaxToken underKeyword, SyntaxToken code)
        : base(SyntaxKind.UnderCondition, attribute, underKeyword, code)
    {
        Attribute = attribute;
        UnderKeyword = underKeyword;
        Code = code;
    }

    /// <summary>The attribute tested (normally <c>hs</c>).</summary>
    public NameSyntax Attribute { get; }

    /// <summary>The <c>under</c> keyword.</summary>
    public SyntaxToken UnderKeyword { get; }

    /// <summary>The HS code prefix.</summary>
    public SyntaxToken Code { get; }
}

/// <summary>A boolean attribute used as a condition: <c>has_radio</c>.</summary>
public sealed class NameConditionSyntax : ConditionSyntax
{
    internal NameConditionSyntax(NameSyntax attribute)
        : base(SyntaxKind.NameCondition, attribute) => Attribute = attribute;

    /// <summary>The attribute.</summary>
    public NameSyntax Attribute { get; }
}

/// <summary><c>true</c> or <c>false</c> as a condition.</summary>
public sealed class BooleanConditionSyntax : ConditionSyntax
{
    internal BooleanConditionSyntax(SyntaxToken keyword)
        : base(SyntaxKind.BooleanCondition, keyword) => Keyword = keyword;

    /// <summary>The <c>true</c> or <c>false</c> keyword.</summary>
    public SyntaxToken Keyword { get; }
}
