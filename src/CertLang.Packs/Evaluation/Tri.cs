namespace CertLang.Packs.Evaluation;

/// <summary>A three-valued (Kleene) truth value: a condition over a product that lacks an attribute is unknown.</summary>
public enum Tri
{
    /// <summary>Does not hold.</summary>
    False,

    /// <summary>Cannot be decided: the product lacks an attribute the condition needs.</summary>
    Unknown,

    /// <summary>Holds.</summary>
    True,
}

/// <summary>Kleene's connectives.</summary>
public static class TriLogic
{
    /// <summary><c>false and unknown</c> is false.</summary>
    public static Tri And(Tri left, Tri right) => (Tri)Math.Min((int)left, (int)right);

    /// <summary><c>true or unknown</c> is true.</summary>
    public static Tri Or(Tri left, Tri right) => (Tri)Math.Max((int)left, (int)right);

    /// <summary>Unknown stays unknown.</summary>
    public static Tri Not(Tri value) => (Tri)(2 - (int)value);

    /// <summary>True or false from a boolean.</summary>
    public static Tri Of(bool value) => value ? Tri.True : Tri.False;

    /// <summary>The lower-case name used in reports: true, false, unknown.</summary>
    public static string Name(this Tri value) => value.ToString().ToLowerInvariant();
}
