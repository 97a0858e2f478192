using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CertLang.Packs.Model;

/// <summary>
/// A compiled rule pack (docs/language.md, "Rule packs"): the resolved model of a pack, with the source location of
/// every clause so that answers can be explained. Serialised as one deterministic JSON file whose hash covers all of
/// its content, and optionally signed (<see cref="Signature"/>, docs/signing.md) over the same content.
/// </summary>
public sealed record RulePack(
    string Format,
    PackInfo Pack,
    string Hash,
    ImmutableArray<PackAttribute> Attributes,
    ImmutableArray<PackCategory> Categories,
    ImmutableArray<PackMarket> Markets,
    ImmutableArray<PackRegime> Regimes,
    ImmutableArray<PackTest> Tests,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PackSignature? Signature = null)
{
    /// <summary>The format this version of CertLang writes and reads.</summary>
    public const string CurrentFormat = "certlang-rulepack/3";
}

/// <summary>The pack's name, version and description.</summary>
public sealed record PackInfo(string Name, string Version, string? Description);

/// <summary>Where a declaration or clause is written: file (relative to the pack folder, forward slashes) and line (1-based).</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>An attribute: its type (<c>voltage</c>, <c>bool</c>, <c>enum</c>, …), enum members, the base unit of a quantity, and its <c>///</c> doc comment.</summary>
public sealed record PackAttribute(
    string Name,
    string Type,
    ImmutableArray<string>? Members,
    string? Unit,
    SourceLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Doc = null);

/// <summary>A category, its parent (null for a root) its HS codes (informational) and its <c>///</c> doc comment.</summary>
public sealed record PackCategory(
    string Name,
    string? Title,
    string? Parent,
    ImmutableArray<string> Hs,
    SourceLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Doc = null);

/// <summary>A market, the member countries of a bloc, and what the pack says it does not cover there (its <c>not covered</c> texts), and its <c>///</c> doc comment.</summary>
public sealed record PackMarket(
    string Name,
    string? Title,
    ImmutableArray<string> Members,
    ImmutableArray<string> NotCovered,
    SourceLocation Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Doc = null);

/// <summary>
/// A signature of the pack's canonical content (the bytes its hash covers): the algorithm (<c>ecdsa-p256-sha256</c>),
/// the signer's key id (<c>sha256:</c> and the hex SHA-256 of its SubjectPublicKeyInfo) and the signature (base64, r and s).
/// </summary>
public sealed record PackSignature(string Algorithm, string KeyId, string Value);
