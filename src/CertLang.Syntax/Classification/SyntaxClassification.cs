namespace CertLang.Syntax.Classification;

/// <summary>What a piece of source is, by the role the syntax gives it (keywords are soft, so the role, not the text, decides).</summary>
public enum SyntaxClassification
{
    /// <summary>A keyword in a keyword position.</summary>
    Keyword,

    /// <summary>A comparison operator or the <c>..</c> of a range.</summary>
    Operator,

    /// <summary>A <c>// …</c> or <c>/* … */</c> comment.</summary>
    Comment,

    /// <summary>A <c>/// …</c> doc comment.</summary>
    DocumentationComment,

    /// <summary>A string literal (a title, a description, a text clause).</summary>
    String,

    /// <summary>A number: a quantity's magnitude, a duration, a version.</summary>
    Number,

    /// <summary>The unit of a quantity or a duration, such as <c>V</c> or <c>weeks</c>.</summary>
    Unit,

    /// <summary>An ISO date.</summary>
    Date,

    /// <summary>An HS code or HS code prefix.</summary>
    HsCode,

    /// <summary>The pack's name.</summary>
    PackName,

    /// <summary>An attribute's name (declared, or the built-in <c>category</c> and <c>hs</c>).</summary>
    AttributeName,

    /// <summary>A member of an enum attribute's type.</summary>
    EnumMemberName,

    /// <summary>A category's name.</summary>
    CategoryName,

    /// <summary>A market's code.</summary>
    MarketName,

    /// <summary>A member country of a bloc.</summary>
    CountryCode,

    /// <summary>A regime's name.</summary>
    RegimeName,

    /// <summary>A step's name.</summary>
    StepName,

    /// <summary>A test's name, a string.</summary>
    TestName,

    /// <summary>A built-in attribute type such as <c>voltage</c> or <c>bool</c>.</summary>
    TypeName,

    /// <summary>A regime's route, such as <c>certification</c>.</summary>
    RouteName,
}
