using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Building;

/// <summary>The names of regime statuses in packs and plans: required, not-required, undetermined, satisfied-by.</summary>
public static class Statuses
{
    /// <summary>The name of <paramref name="status"/>.</summary>
    public static string Name(RegimeStatus status) => status switch
    {
        RegimeStatus.Required => "required",
        RegimeStatus.NotRequired => "not-required",
        RegimeStatus.Undetermined => "undetermined",
        _ => "satisfied-by",
    };
}
