using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Diagnostics;

/// <summary>
/// The semantic diagnostics (CERT1xxx): per code, its descriptor and the factories that word its messages from the
/// facts the binder passes, one file per area of the language; docs/diagnostics.md documents each code.
/// </summary>
public static partial class SemanticDiagnostics
{
    /// <summary>Fills <see cref="All"/>: a static constructor runs after the field initializers of every file of this partial class, whatever their order.</summary>
    static SemanticDiagnostics()
    {
        All =
        [
            UnknownAttribute, UnknownCategory, UnknownMarket, UnknownRegime, UnknownStep, UnknownType, UnknownEnumMember, UnknownRoute,
            DuplicateDeclaration, DuplicateClause, MissingPack, SecondPack, DuplicateMember,
            QuantityMismatch, MissingUnit, ValueTypeMismatch, OperatorNotApplicable, NotBoolean, WrongDurationUnit, InvalidNumber, DurationTooLong,
            InvalidDate, RangeReversed, EmptyDateWindow, InvalidHsCode, UnusualMarketCode,
            StepCycle, NoDefaultTakes, SecondDefaultTakes, UnreachableTakes, RequiresCycle, AcceptsCycle,
            UndeclaredTestAttribute, DuplicateProductEntry, TestWithoutExpectations,
            NeverMatches, UnusedAttribute, UnusedCategory,
        ];
    }

    /// <summary>All descriptors of the compiler, in the order of their codes.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; }
}
