namespace CertLang.Syntax;

/// <summary>A value in a comparison, an <c>in</c> list or a test product.</summary>
public abstract class ValueSyntax : SyntaxNode
{
    private protected ValueSyntax(SyntaxKind kind, params ReadOnlySpan<object?> children)
        : base(kind, children)
    {
    }
}

/// <summary>A number, with a unit for a quantity: <c>230 V</c>, <c>2.4 GHz</c>, <c>3</c>.</summary>
public sealed class NumberValueSyntax : ValueSyntax
{
    internal NumberValueSyntax(SyntaxToken number, SyntaxToken? unit)
        : base(SyntaxKind.NumberValue, number, unit)
    {
        Number = number;
        Unit = unit;
    }

    /// <summary>The number.</summary>
    public SyntaxToken Number { get; }

    /// <summary>The unit, if any.</summary>
    public SyntaxToken? Unit { get; }
}

/// <summary>A string, a date, <c>true</c>/<c>false</c>, or a dotted number (an HS code).</summary>
public sealed class LiteralValueSyntax : ValueSyntax
{
    internal LiteralValueSyntax(SyntaxToken literal)
        : base(SyntaxKind.LiteralValue, literal) => Literal = literal;

    /// <summary>The literal token.</summary>
    public SyntaxToken Literal { get; }
}

/// <summary>A name used as a value: an enum member or a category.</summary>
public sealed class NameValueSyntax : ValueSyntax
{
    internal NameValueSyntax(NameSyntax name)
        : base(SyntaxKind.NameValue, name) => Name = name;

    /// <summary>The name.</summary>
    public NameSyntax Name { get; }
}
