using CertLang.Syntax.Parsing;

namespace CertLang.Packs.Serialization;

/// <summary>
/// How deep a pack file may nest, derived from the parser's <see cref="NestingGuard.MaxDepth"/>: whatever
/// <c>certc check</c> accepts, <c>certc build</c> writes and the loader reads back; anything deeper is refused.
/// </summary>
public static class PackLimits
{
    /// <summary>
    /// The deepest condition (conditions inside conditions, the outermost counted as 1) a compiled pack holds. Each of
    /// the guard's levels (a bracket or a <c>not</c>) adds at most an <c>or</c> and an <c>and</c> inside a bracket, or one
    /// <c>not</c>; the outermost level adds an <c>or</c>, an <c>and</c> and the comparison at the bottom.
    /// </summary>
    public const int MaxConditionDepth = (2 * NestingGuard.MaxDepth) + 3;

    /// <summary>
    /// The containers around the deepest-placed condition: the pack, <c>regimes</c>, a regime, <c>steps</c>, a step,
    /// <c>takes</c> and a duration, whose <c>when</c> is the condition.
    /// </summary>
    private const int ContainersAroundCondition = 7;

    /// <summary>
    /// The JSON nesting a pack may reach: each condition level is an object and its <c>args</c> array, and the
    /// bottom one an object, its <c>values</c> array and a value object.
    /// </summary>
    public const int MaxJsonDepth = ContainersAroundCondition + (2 * (MaxConditionDepth - 1)) + 3;
}
