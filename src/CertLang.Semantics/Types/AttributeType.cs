using System.Collections.Immutable;

namespace CertLang.Semantics.Types;

/// <summary>The type of an attribute: what values products may give it.</summary>
public abstract record AttributeType
{
    /// <summary>The type as it is written in the language.</summary>
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public sealed override string ToString() => DisplayName;
}

/// <summary>A physical quantity with a unit, such as <c>voltage</c>.</summary>
public sealed record QuantityType(QuantityKind Kind) : AttributeType
{
    /// <inheritdoc />
    public override string DisplayName => Kind.ToString().ToLowerInvariant();
}

/// <summary><c>bool</c></summary>
public sealed record BoolType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly BoolType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "bool";
}

/// <summary><c>text</c></summary>
public sealed record TextType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly TextType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "text";
}

/// <summary><c>number</c>: a plain number without a unit.</summary>
public sealed record NumberType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly NumberType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "number";
}

/// <summary><c>date</c></summary>
public sealed record DateType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly DateType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "date";
}

/// <summary><c>enum { a, b }</c></summary>
public sealed record EnumType(ImmutableArray<string> Members) : AttributeType
{
    /// <inheritdoc />
    public override string DisplayName => $"enum {{ {string.Join(", ", Members)} }}";

    /// <inheritdoc />
    public bool Equals(EnumType? other) => other is not null && Members.SequenceEqual(other.Members);

    /// <inheritdoc />
    public override int GetHashCode() => Members.Aggregate(17, (hash, member) => hash * 31 + member.GetHashCode(StringComparison.Ordinal));
}

/// <summary>The type of the built-in <c>category</c> attribute: a category of the pack.</summary>
public sealed record CategoryType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly CategoryType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "category";
}

/// <summary>The type of the built-in <c>hs</c> attribute: an HS code.</summary>
public sealed record HsCodeType : AttributeType
{
    /// <summary>The one instance.</summary>
    public static readonly HsCodeType Instance = new();

    /// <inheritdoc />
    public override string DisplayName => "HS code";
}

/// <summary>The named types an attribute declaration may use.</summary>
public static class AttributeTypes
{
    private static readonly Dictionary<string, AttributeType> ByName = new(StringComparer.Ordinal)
    {
        ["voltage"] = new QuantityType(QuantityKind.Voltage),
        ["current"] = new QuantityType(QuantityKind.Current),
        ["power"] = new QuantityType(QuantityKind.Power),
        ["energy"] = new QuantityType(QuantityKind.Energy),
        ["frequency"] = new QuantityType(QuantityKind.Frequency),
        ["mass"] = new QuantityType(QuantityKind.Mass),
        ["length"] = new QuantityType(QuantityKind.Length),
        ["bool"] = BoolType.Instance,
        ["text"] = TextType.Instance,
        ["number"] = NumberType.Instance,
        ["date"] = DateType.Instance,
    };

    /// <summary>The names that can follow <c>attribute NAME:</c> (besides <c>enum { … }</c>).</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The type called <paramref name="name"/>, if any.</summary>
    public static AttributeType? Named(string name) => ByName.GetValueOrDefault(name);
}
