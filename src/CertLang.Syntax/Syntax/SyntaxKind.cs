namespace CertLang.Syntax;

/// <summary>The kind of a token, a trivia or a node.</summary>
public enum SyntaxKind
{
    /// <summary>No kind; never found in a tree.</summary>
    None,

    // Tokens: keywords.

    /// <summary><c>pack</c></summary>
    PackKeyword,
    /// <summary><c>version</c></summary>
    VersionKeyword,
    /// <summary><c>attribute</c></summary>
    AttributeKeyword,
    /// <summary><c>enum</c></summary>
    EnumKeyword,
    /// <summary><c>category</c></summary>
    CategoryKeyword,
    /// <summary><c>hs</c></summary>
    HsKeyword,
    /// <summary><c>market</c></summary>
    MarketKeyword,
    /// <summary><c>members</c></summary>
    MembersKeyword,
    /// <summary><c>covered</c></summary>
    CoveredKeyword,
    /// <summary><c>regime</c></summary>
    RegimeKeyword,
    /// <summary><c>title</c></summary>
    TitleKeyword,
    /// <summary><c>authority</c></summary>
    AuthorityKeyword,
    /// <summary><c>mark</c></summary>
    MarkKeyword,
    /// <summary><c>route</c></summary>
    RouteKeyword,
    /// <summary><c>basis</c></summary>
    BasisKeyword,
    /// <summary><c>source</c></summary>
    SourceKeyword,
    /// <summary><c>validity</c></summary>
    ValidityKeyword,
    /// <summary><c>effective</c></summary>
    EffectiveKeyword,
    /// <summary><c>scope</c></summary>
    ScopeKeyword,
    /// <summary><c>include</c></summary>
    IncludeKeyword,
    /// <summary><c>exclude</c></summary>
    ExcludeKeyword,
    /// <summary><c>process</c></summary>
    ProcessKeyword,
    /// <summary><c>step</c></summary>
    StepKeyword,
    /// <summary><c>surveillance</c></summary>
    SurveillanceKeyword,
    /// <summary><c>requires</c></summary>
    RequiresKeyword,
    /// <summary><c>accepts</c></summary>
    AcceptsKeyword,
    /// <summary><c>test</c></summary>
    TestKeyword,
    /// <summary><c>product</c></summary>
    ProductKeyword,
    /// <summary><c>ship</c></summary>
    ShipKeyword,
    /// <summary><c>expect</c></summary>
    ExpectKeyword,
    /// <summary><c>required</c></summary>
    RequiredKeyword,
    /// <summary><c>undetermined</c></summary>
    UndeterminedKeyword,
    /// <summary><c>satisfied</c></summary>
    SatisfiedKeyword,
    /// <summary><c>by</c></summary>
    ByKeyword,
    /// <summary><c>in</c></summary>
    InKeyword,
    /// <summary><c>is</c></summary>
    IsKeyword,
    /// <summary><c>under</c></summary>
    UnderKeyword,
    /// <summary><c>where</c></summary>
    WhereKeyword,
    /// <summary><c>when</c></summary>
    WhenKeyword,
    /// <summary><c>from</c></summary>
    FromKeyword,
    /// <summary><c>until</c></summary>
    UntilKeyword,
    /// <summary><c>after</c></summary>
    AfterKeyword,
    /// <summary><c>takes</c></summary>
    TakesKeyword,
    /// <summary><c>every</c></summary>
    EveryKeyword,
    /// <summary><c>and</c></summary>
    AndKeyword,
    /// <summary><c>or</c></summary>
    OrKeyword,
    /// <summary><c>not</c></summary>
    NotKeyword,
    /// <summary><c>true</c></summary>
    TrueKeyword,
    /// <summary><c>false</c></summary>
    FalseKeyword,

    // Tokens: punctuation.

    /// <summary><c>{</c></summary>
    OpenBraceToken,
    /// <summary><c>}</c></summary>
    CloseBraceToken,
    /// <summary><c>(</c></summary>
    OpenParenToken,
    /// <summary><c>)</c></summary>
    CloseParenToken,
    /// <summary><c>,</c></summary>
    CommaToken,
    /// <summary><c>:</c></summary>
    ColonToken,
    /// <summary><c>..</c></summary>
    DotDotToken,
    /// <summary><c>==</c></summary>
    EqualsEqualsToken,
    /// <summary><c>=</c>, a misspelt <c>==</c> (reported, and compared as <c>==</c>).</summary>
    EqualsToken,
    /// <summary><c>!=</c></summary>
    ExclamationEqualsToken,
    /// <summary><c>&lt;</c></summary>
    LessThanToken,
    /// <summary><c>&lt;=</c></summary>
    LessThanEqualsToken,
    /// <summary><c>&gt;</c></summary>
    GreaterThanToken,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanEqualsToken,

    // Tokens: names and literals.

    /// <summary>A name; also a keyword or a unit word used as a name.</summary>
    IdentifierToken,
    /// <summary>A unit such as <c>V</c>, <c>GHz</c> or <c>weeks</c>.</summary>
    UnitToken,
    /// <summary>A number such as <c>230</c>, <c>2.4</c> or <c>1_000</c> (also an HS code with one dot).</summary>
    NumberToken,
    /// <summary>Digits with two or more dots: an HS code such as <c>8516.31.10</c> or a version such as <c>1.4.0</c>.</summary>
    DottedNumberToken,
    /// <summary>A string literal, quotes included.</summary>
    StringToken,
    /// <summary>An ISO date such as <c>2027-01-01</c>.</summary>
    DateToken,
    /// <summary>The end of the file; its leading trivia holds whatever follows the last token.</summary>
    EndOfFileToken,

    // Trivia.

    /// <summary>Spaces and tabs.</summary>
    WhitespaceTrivia,
    /// <summary>A line break.</summary>
    EndOfLineTrivia,
    /// <summary>A <c>// …</c> comment.</summary>
    SingleLineCommentTrivia,
    /// <summary>A <c>/// …</c> doc comment.</summary>
    DocumentationCommentTrivia,
    /// <summary>A <c>/* … */</c> comment.</summary>
    MultiLineCommentTrivia,
    /// <summary>Characters no token can be made of.</summary>
    BadCharactersTrivia,
    /// <summary>A token the parser skipped while recovering from an error.</summary>
    SkippedTokenTrivia,

    // Nodes.

    /// <summary>A whole file.</summary>
    CompilationUnit,
    /// <summary><c>pack NAME version V "description"</c></summary>
    PackDeclaration,
    /// <summary><c>attribute NAME: TYPE</c></summary>
    AttributeDeclaration,
    /// <summary>A type given by name, such as <c>voltage</c> or <c>bool</c>.</summary>
    NamedType,
    /// <summary><c>enum { a, b }</c></summary>
    EnumType,
    /// <summary><c>category NAME "title" hs … { … }</c></summary>
    CategoryDeclaration,
    /// <summary><c>hs 8516.31, 8516.32</c> on a category.</summary>
    HsCodeList,
    /// <summary>The braces of a category and its subcategories.</summary>
    CategoryBody,
    /// <summary><c>market NAME "title" { members … }</c></summary>
    MarketDeclaration,
    /// <summary>The braces of a market.</summary>
    MarketBody,
    /// <summary><c>members AT, BE</c></summary>
    MembersClause,
    /// <summary><c>not covered "…"</c></summary>
    NotCoveredClause,
    /// <summary><c>regime NAME in MARKET { … }</c></summary>
    RegimeDeclaration,
    /// <summary><c>title</c>, <c>authority</c>, <c>mark</c>, <c>basis</c> or <c>source</c> with a string.</summary>
    TextClause,
    /// <summary><c>route certification</c></summary>
    RouteClause,
    /// <summary><c>validity 5 years</c></summary>
    ValidityClause,
    /// <summary><c>effective DATE</c> or <c>until DATE</c> on a regime.</summary>
    DateClause,
    /// <summary><c>scope { … }</c></summary>
    ScopeBlock,
    /// <summary><c>include …</c> or <c>exclude …</c></summary>
    ScopeClause,
    /// <summary>A category named by an include or exclude.</summary>
    CategoryTarget,
    /// <summary><c>hs 8504.40</c> in an include or exclude.</summary>
    HsTarget,
    /// <summary><c>where CONDITION</c></summary>
    WhereClause,
    /// <summary><c>from DATE</c></summary>
    FromClause,
    /// <summary><c>until DATE</c> on a clause.</summary>
    UntilClause,
    /// <summary><c>process { … }</c></summary>
    ProcessBlock,
    /// <summary><c>step NAME "title" …</c></summary>
    Step,
    /// <summary><c>takes D after A</c> after a step's title.</summary>
    ShortStepBody,
    /// <summary><c>after A { takes … }</c> after a step's title.</summary>
    BlockStepBody,
    /// <summary><c>takes 1..2 weeks when CONDITION</c></summary>
    TakesClause,
    /// <summary><c>when CONDITION</c></summary>
    WhenClause,
    /// <summary><c>after A, B</c></summary>
    AfterClause,
    /// <summary><c>4..8 weeks</c></summary>
    Duration,
    /// <summary><c>surveillance "title" every 12 months</c></summary>
    SurveillanceClause,
    /// <summary><c>requires R</c></summary>
    RequiresClause,
    /// <summary><c>accepts R takes D until DATE</c></summary>
    AcceptsClause,
    /// <summary><c>test "name" { … }</c></summary>
    TestDeclaration,
    /// <summary><c>product { … }</c></summary>
    ProductBlock,
    /// <summary>An attribute and its value in a test product.</summary>
    ProductEntry,
    /// <summary><c>ship DATE</c></summary>
    ShipClause,
    /// <summary><c>expect R required</c> and its other forms.</summary>
    ExpectClause,
    /// <summary>A name that refers to a declaration.</summary>
    Name,
    /// <summary><c>a and b</c> or <c>a or b</c></summary>
    BinaryCondition,
    /// <summary><c>not a</c></summary>
    NotCondition,
    /// <summary><c>( a )</c></summary>
    ParenthesizedCondition,
    /// <summary><c>attribute OP value</c></summary>
    ComparisonCondition,
    /// <summary><c>attribute in { … }</c></summary>
    InCondition,
    /// <summary><c>category is NAME</c></summary>
    IsCondition,
    /// <summary><c>hs under CODE</c></summary>
    UnderCondition,
    /// <summary>A boolean attribute used as a condition.</summary>
    NameCondition,
    /// <summary><c>true</c> or <c>false</c> as a condition.</summary>
    BooleanCondition,
    /// <summary>A number with an optional unit.</summary>
    NumberValue,
    /// <summary>A string, date, boolean or dotted-number literal.</summary>
    LiteralValue,
    /// <summary>A name used as a value: an enum member or a category.</summary>
    NameValue,
}
