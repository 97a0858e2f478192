namespace CertLang.Semantics.Completion;

/// <summary>What a completion candidate is.</summary>
public enum CompletionKind
{
    /// <summary>A keyword.</summary>
    Keyword,

    /// <summary>An attribute name.</summary>
    Attribute,

    /// <summary>A member of an attribute's enum.</summary>
    EnumMember,

    /// <summary>A category.</summary>
    Category,

    /// <summary>A step of the enclosing regime.</summary>
    Step,

    /// <summary>A market.</summary>
    Market,

    /// <summary>A regime.</summary>
    Regime,

    /// <summary>A unit.</summary>
    Unit,

    /// <summary>An attribute type.</summary>
    Type,
}

/// <summary>One completion the editor may offer: the text to insert, what it is, and a short detail.</summary>
public sealed record CompletionCandidate(string Label, CompletionKind Kind, string? Detail = null);
