using System.Collections.Immutable;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;

namespace CertLang.Semantics.Binding;

/// <summary>A checked condition over product attributes, evaluated in three-valued (Kleene) logic.</summary>
public abstract record BoundCondition
{
    /// <summary>The syntax the condition was bound from.</summary>
    public required SyntaxNode Syntax { get; init; }
}

/// <summary><c>a and b</c>, <c>a or b</c>.</summary>
public sealed record BoundBinaryCondition(BoundCondition Left, LogicalOperator Operator, BoundCondition Right) : BoundCondition;

/// <summary>The logical operators.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,
}

/// <summary><c>not a</c>.</summary>
public sealed record BoundNotCondition(BoundCondition Operand) : BoundCondition;

/// <summary><c>attribute OP value</c>, the value of the attribute's type (quantities converted to base units).</summary>
public sealed record BoundComparison(AttributeSymbol Attribute, ComparisonOperator Operator, BoundValue Value) : BoundCondition;

/// <summary>The comparison operators.</summary>
public enum ComparisonOperator
{
    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}

/// <summary><c>attribute in { … }</c>.</summary>
public sealed record BoundMembership(AttributeSymbol Attribute, ImmutableArray<BoundValue> Values) : BoundCondition;

/// <summary><c>category is C</c>: the product's category is C or one of its descendants.</summary>
public sealed record BoundCategoryTest(CategorySymbol Category) : BoundCondition;

/// <summary><c>hs under CODE</c>: the product's HS code starts with the code's digits.</summary>
public sealed record BoundHsTest(HsCodeValue Prefix) : BoundCondition;

/// <summary>A boolean attribute used as a condition.</summary>
public sealed record BoundAttributeTest(AttributeSymbol Attribute) : BoundCondition;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoundConstant(bool Value) : BoundCondition;

/// <summary>A condition that could not be bound (its errors are reported); it evaluates to unknown.</summary>
public sealed record BoundErrorCondition : BoundCondition;
