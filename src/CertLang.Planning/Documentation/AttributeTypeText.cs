using CertLang.Packs.Model;

namespace CertLang.Planning.Documentation;

/// <summary>An attribute's type as a reader knows it from the declaration: <c>enum { ac, dc }</c>, <c>voltage (V)</c>, <c>bool</c>.</summary>
public static class AttributeTypeText
{
    /// <summary>The type of <paramref name="attribute"/>.</summary>
    public static string Of(PackAttribute attribute) => attribute switch
    {
        { Members: { } members } => $"enum {{ {string.Join(", ", members)} }}",
        { Unit: { } unit } => $"{attribute.Type} ({unit})",
        _ => attribute.Type,
    };
}
