using System.Collections.Immutable;
using CertLang.Packs.Model;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// What is known of one product, in the pack's value form: attribute name to value, with <c>category</c> (a category
/// name) and <c>hs</c> (HS digits) among them. An attribute that is absent is unknown.
/// </summary>
public sealed record ProductFacts(string Id, ImmutableSortedDictionary<string, PackValue> Values)
{
    /// <summary>The value of <paramref name="attribute"/>, if the product has one.</summary>
    public PackValue? this[string attribute] => Values.GetValueOrDefault(attribute);
}
