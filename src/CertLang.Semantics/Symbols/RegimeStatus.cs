namespace CertLang.Semantics.Symbols;

/// <summary>
/// Whether a regime applies to a product: the one status of a regime decision, of a test's <c>expect</c>, of plans and
/// of diffs (docs/language.md, "Meaning"); <see cref="RegimeStatusNames"/> is its one naming table.
/// </summary>
public enum RegimeStatus
{
    /// <summary>The regime's scope covers the product: it must be certified.</summary>
    Required,

    /// <summary>The scope does not cover the product, or the regime is not in force at the date.</summary>
    NotRequired,

    /// <summary>The product lacks attributes the scope needs to decide.</summary>
    Undetermined,

    /// <summary>The scope covers the product, and compliance with a regime it accepts stands in for it.</summary>
    SatisfiedBy,
}
