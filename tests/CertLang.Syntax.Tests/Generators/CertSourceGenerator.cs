using System.Text;
using CsCheck;

namespace CertLang.Syntax.Tests.Generators;

/// <summary>
/// A generated, syntactically valid .cert file: its text, the tokens it was built from (in order, without trivia)
/// and the kinds of its top-level declarations.
/// </summary>
public sealed record CertSource(string Text, IReadOnlyList<string> Tokens, IReadOnlyList<SyntaxKind> Declarations)
{
    /// <summary>CsCheck prints this when a sample fails: the text, escaped so that every character is visible.</summary>
    public override string ToString() => CertSourceGenerator.Escape(Text);
}

/// <summary>
/// CsCheck generators for CertLang sources.
/// <para>
/// <see cref="ValidFile"/> follows grammar/CertLang.g4 rule by rule, so every file it makes must parse without a
/// diagnostic: pack, attribute (named and enum types), nested categories with HS lists, markets with members and
/// <c>not covered</c> statements, regimes
/// with every clause (title/authority/mark/basis/source, route, validity, effective/until, scope with include/exclude
/// over categories and HS codes with where/from/until, process with short- and block-form steps, takes/when, after
/// lists, surveillance, requires, accepts with takes/from/until) and tests (product blocks, ship, every expect form), with
/// conditions built from and/or/not/parentheses, comparisons with quantities, <c>in {…}</c>, <c>is</c> and
/// <c>under</c>. Between any two tokens goes random trivia: spaces, tabs, form feeds, \n, \r\n and \r line breaks,
/// <c>//</c> and <c>///</c> comments and <c>/* */</c> comments with arbitrary characters in them.
/// </para>
/// <para>
/// Names are mostly plain identifiers; soft keywords (<c>mark</c>, <c>test</c>, <c>hs</c>…) and unit words
/// (<c>V</c>, <c>weeks</c>…) are used as names too, except where the grammar is ambiguous: a unit word as the attribute
/// of a product entry would be read as the unit of the value before it (<c>count 3 m 5</c>).
/// </para>
/// </summary>
public static class CertSourceGenerator
{
    /// <summary>Words that the grammar never accepts as a name.</summary>
    public static readonly string[] ReservedWords =
        ["by", "in", "is", "under", "where", "when", "from", "until", "after", "takes", "every", "and", "or", "not", "true", "false"];

    /// <summary>Keywords that double as names (the <c>identifier</c> rule of the grammar), units excluded.</summary>
    public static readonly string[] SoftKeywords =
    [
        "pack", "version", "attribute", "enum", "category", "hs", "market", "members", "covered", "regime", "title", "authority", "mark",
        "route", "basis", "source", "validity", "effective", "scope", "include", "exclude", "process", "step", "surveillance",
        "requires", "accepts", "test", "product", "ship", "expect", "required", "undetermined", "satisfied",
    ];

    /// <summary>The UNIT token's words; they double as names.</summary>
    public static readonly string[] Units =
    [
        "V", "mV", "kV", "A", "mA", "W", "mW", "kW", "Wh", "kWh", "Hz", "kHz", "MHz", "GHz", "g", "kg", "t", "mm", "cm", "m",
        "day", "days", "week", "weeks", "month", "months", "year", "years",
    ];

    /// <summary>Every punctuation token of the grammar.</summary>
    public static readonly string[] Punctuation = ["{", "}", "(", ")", ",", ":", "..", "==", "!=", "<=", ">=", "<", ">"];

    private static readonly string[] DurationUnits = ["day", "days", "week", "weeks", "month", "months", "year", "years"];
    private static readonly string[] QuantityUnits = Units[..20];
    private static readonly string[] Comparisons = ["==", "!=", "<", "<=", ">", ">="];
    private static readonly HashSet<string> NotPlainNames = [.. ReservedWords, .. SoftKeywords, .. Units];

    private static readonly Gen<string[]> Nothing = Gen.Const(Array.Empty<string>());

    // ------------------------------------------------------------------ lexical pieces

    private static readonly Gen<string> PlainIdentifier =
        Gen.Select(
                Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"],
                Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"].Array[0, 10],
                (first, rest) => first + new string(rest))
            .Select(name => NotPlainNames.Contains(name) ? name + "_" : name);

    /// <summary>A name anywhere the grammar takes <c>identifier</c>: plain, a soft keyword or a unit word.</summary>
    private static readonly Gen<string> AnyName = Gen.Frequency(
        (12, PlainIdentifier),
        (2, Gen.OneOf(SoftKeywords)),
        (1, Gen.OneOf(Units)));

    /// <summary>The attribute of a product entry: never a unit word (see the class remarks).</summary>
    private static readonly Gen<string> EntryName = Gen.Frequency(
        (12, PlainIdentifier),
        (2, Gen.OneOf(SoftKeywords)));

    private static readonly Gen<string> Digits = Gen.Frequency(
        (6, Gen.Int[0, 9999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Select(Gen.Int[1, 999], Gen.Int[0, 999], (a, b) => $"{a}_{b:000}")),
        (1, Gen.Select(Gen.Int[0, 9], Gen.Char["0123456789_"].Array[0, 5], (a, rest) => a + new string(rest))));

    /// <summary>NUMBER: <c>230</c>, <c>2.4</c>, <c>1_000</c>.</summary>
    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Digits),
        (1, Gen.Select(Digits, Digits, (a, b) => $"{a}.{b}")));

    /// <summary>DOTTED_NUMBER: two dots or more.</summary>
    private static readonly Gen<string> DottedNumber =
        Gen.Select(Digits, Digits.Array[2, 4], (first, rest) => first + "." + string.Join('.', rest));

    /// <summary>An HS code or a version: NUMBER or DOTTED_NUMBER.</summary>
    private static readonly Gen<string> HsCode = Gen.Frequency(
        (3, Gen.OneOf("8516", "8516.31", "8516.31.10", "9405", "8504.40", "85", "8471.30.01.99")),
        (1, Number),
        (1, DottedNumber));

    private static readonly Gen<string> Date =
        Gen.Select(Gen.Int[1900, 2199], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{y:0000}-{m:00}-{d:00}");

    /// <summary>Characters for comments and strings: ASCII, accents, CJK, emoji, NUL, lone surrogates, odd spaces.</summary>
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (20, Gen.Char[' ', '~']),
        (2, Gen.Char["éüßñ中文字€—“”‘’"]),
        (1, Gen.Char["\0\u0001\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\ufffd\t\f\v"]),
        (1, Gen.Char['\ud800', '\udfff']),
        (1, Gen.Char['\u0100', '\uffff']));

    private static readonly Gen<string> CommentText = TextChar.Array[0, 30].Select(chars => new string(chars).Replace("\r", "").Replace("\n", ""));

    private static readonly Gen<string> StringLiteral =
        Gen.Frequency(
                (10, TextChar.Where(c => c is not ('"' or '\\' or '\r' or '\n')).Select(c => c.ToString())),
                (1, Gen.OneOf("\\\"", "\\\\", "\\n", "\\t", "\\u00e9", "\\uABCD", "\\u0000")))
            .Array[0, 16]
            .Select(parts => "\"" + string.Concat(parts) + "\"");

    // ------------------------------------------------------------------ token sequences

    private static Gen<string[]> T(params string[] tokens) => Gen.Const(tokens);

    private static Gen<string[]> One(Gen<string> token) => token.Select(t => new[] { t });

    private static Gen<string[]> OneOf(params string[] tokens) => Gen.OneOf(tokens).Select(t => new[] { t });

    private static Gen<string[]> Seq(params Gen<string[]>[] parts) =>
        parts.Aggregate(Nothing, (sequence, part) => Gen.Select(sequence, part, (a, b) => a.Length == 0 ? b : b.Length == 0 ? a : [.. a, .. b]));

    private static Gen<string[]> Opt(Gen<string[]> part, int weight = 1) => Gen.Frequency((1, Nothing), (weight, part));

    private static Gen<string[]> Many(Gen<string[]> part, int min, int max) =>
        part.Array[min, max].Select(parts => parts.SelectMany(p => p).ToArray());

    private static Gen<string[]> SeparatedBy(Gen<string[]> part, string separator, int min, int max) =>
        part.Array[min, max].Select(parts => parts.SelectMany((p, i) => i == 0 ? p : p.Prepend(separator)).ToArray());

    private static Gen<string[]> NameList(Gen<string> name, int max = 4) => SeparatedBy(One(name), ",", 1, max);

    private static readonly Gen<string[]> Duration = Seq(
        One(Number),
        Opt(Seq(T(".."), One(Number))),
        One(Gen.Frequency((12, Gen.OneOf(DurationUnits)), (1, Gen.OneOf(QuantityUnits)))));

    /// <summary><c>value</c>: NUMBER UNIT?, DOTTED_NUMBER, STRING, DATE, true/false or a name.</summary>
    private static readonly Gen<string[]> Value = Gen.Frequency(
        (4, Seq(One(Number), One(Gen.OneOf(QuantityUnits)))),
        (2, One(Number)),
        (1, One(DottedNumber)),
        (1, One(StringLiteral)),
        (1, One(Date)),
        (1, OneOf("true", "false")),
        (3, One(AnyName)));

    // ------------------------------------------------------------------ conditions

    /// <summary>A condition with parentheses nested at most <paramref name="depth"/> deep.</summary>
    private static Gen<string[]> Condition(int depth)
    {
        var primaries = new List<(int, IGen<string[]>)>
        {
            (4, Seq(One(AnyName), OneOf(Comparisons), Value)),
            (2, Seq(One(AnyName), T("in", "{"), SeparatedBy(Value, ",", 1, 4), T("}"))),
            (1, Seq(One(Gen.Frequency((3, Gen.Const("category")), (1, AnyName))), T("is"), One(AnyName))),
            (1, Seq(One(Gen.Frequency((3, Gen.Const("hs")), (1, AnyName))), T("under"), One(HsCode))),
            (2, One(AnyName)),
            (1, OneOf("true", "false")),
        };
        if (depth > 0)
        {
            primaries.Add((2, Seq(T("("), Condition(depth - 1), T(")"))));
        }

        var primary = Gen.Frequency([.. primaries]);
        var not = Seq(Gen.Frequency((6, Nothing), (2, T("not")), (1, T("not", "not"))), primary);
        var and = SeparatedBy(not, "and", 1, 3);
        return SeparatedBy(and, "or", 1, 3);
    }

    private static readonly Gen<string[]> Cond = Condition(3);

    // ------------------------------------------------------------------ declarations

    private static readonly Gen<string[]> Pack = Seq(
        T("pack"), One(AnyName), T("version"), One(Gen.Frequency((1, Number), (2, DottedNumber))), Opt(One(StringLiteral), 2));

    private static readonly Gen<string[]> AttributeType = Gen.Frequency(
        (3, OneOf("voltage", "current", "power", "energy", "frequency", "mass", "length", "bool", "text", "number", "date")),
        (1, One(AnyName)),
        (2, Seq(T("enum", "{"), NameList(AnyName, 5), T("}"))));

    private static readonly Gen<string[]> Attribute = Seq(T("attribute"), One(AnyName), T(":"), AttributeType);

    private static readonly Gen<string[]> HsList = Seq(T("hs"), SeparatedBy(One(HsCode), ",", 1, 3));

    private static Gen<string[]> Category(int depth)
    {
        var head = Seq(T("category"), One(AnyName), Opt(One(StringLiteral), 3), Opt(HsList));
        return depth == 0
            ? head
            : Seq(head, Opt(Seq(T("{"), Many(Category(depth - 1), 0, 3), T("}"))));
    }

    private static readonly Gen<string[]> Market = Seq(
        T("market"), One(AnyName), Opt(One(StringLiteral), 3),
        Opt(Seq(T("{"), Many(Gen.Frequency((3, Seq(T("members"), NameList(AnyName, 6))), (1, Seq(T("not", "covered"), One(StringLiteral)))), 0, 3), T("}"))));

    private static readonly Gen<string[]> FromClause = Seq(T("from"), One(Date));

    private static readonly Gen<string[]> UntilClause = Seq(T("until"), One(Date));

    private static readonly Gen<string[]> ScopeTarget = Gen.Frequency(
        (3, One(AnyName)),
        (1, Seq(T("hs"), One(HsCode))));

    private static readonly Gen<string[]> ScopeClause = Seq(
        OneOf("include", "exclude"),
        Opt(SeparatedBy(ScopeTarget, ",", 1, 3), 3),
        Opt(Seq(T("where"), Cond), 2),
        Opt(FromClause, 1),
        Opt(UntilClause, 1));

    private static readonly Gen<string[]> Takes = Seq(T("takes"), Duration, Opt(Seq(T("when"), Cond)));

    private static readonly Gen<string[]> After = Seq(T("after"), NameList(AnyName));

    private static readonly Gen<string[]> Step = Seq(
        T("step"), One(AnyName), Opt(One(StringLiteral), 3),
        Gen.Frequency(
            (2, Seq(Takes, Opt(After))),
            (1, Seq(Opt(After), T("{"), Many(Takes, 0, 3), T("}")))));

    private static readonly Gen<string[]> RegimeClause = Gen.Frequency(
        (5, Seq(OneOf("title", "authority", "mark", "basis", "source"), One(StringLiteral))),
        (1, Seq(T("route"), One(Gen.Frequency((3, Gen.OneOf("certification", "self_declaration", "registration")), (1, AnyName))))),
        (1, Seq(T("validity"), Duration)),
        (1, Seq(OneOf("effective", "until"), One(Date))),
        (3, Seq(T("scope", "{"), Many(ScopeClause, 0, 4), T("}"))),
        (3, Seq(T("process", "{"), Many(Step, 0, 4), T("}"))),
        (1, Seq(T("surveillance"), Opt(One(StringLiteral), 2), T("every"), Duration)),
        (1, Seq(T("requires"), NameList(AnyName, 3))),
        (1, Seq(T("accepts"), NameList(AnyName, 3), Opt(Seq(T("takes"), Duration)), Opt(FromClause), Opt(UntilClause))));

    private static readonly Gen<string[]> Regime = Seq(
        T("regime"), One(AnyName), T("in"), One(AnyName), T("{"), Many(RegimeClause, 0, 8), T("}"));

    private static readonly Gen<string[]> ExpectedStatus = Gen.Frequency(
        (2, T("required")),
        (2, T("not", "required")),
        (1, T("undetermined")),
        (1, Seq(T("satisfied", "by"), One(AnyName))));

    private static readonly Gen<string[]> TestClause = Gen.Frequency(
        (2, Seq(T("product", "{"), Many(Seq(One(EntryName), Value), 0, 5), T("}"))),
        (1, Seq(T("ship"), One(Date))),
        (3, Seq(T("expect"), One(AnyName), ExpectedStatus)));

    private static readonly Gen<string[]> Test = Seq(T("test"), One(StringLiteral), T("{"), Many(TestClause, 0, 5), T("}"));

    private static readonly Gen<(SyntaxKind Kind, string[] Tokens)> Declaration = Gen.Frequency(
        (1, Pack.Select(t => (SyntaxKind.PackDeclaration, t))),
        (2, Attribute.Select(t => (SyntaxKind.AttributeDeclaration, t))),
        (2, Category(3).Select(t => (SyntaxKind.CategoryDeclaration, t))),
        (2, Market.Select(t => (SyntaxKind.MarketDeclaration, t))),
        (5, Regime.Select(t => (SyntaxKind.RegimeDeclaration, t))),
        (2, Test.Select(t => (SyntaxKind.TestDeclaration, t))));

    // ------------------------------------------------------------------ trivia

    /// <summary>How a file writes its line breaks.</summary>
    private enum LineBreaks
    {
        Lf,
        CrLf,
        Mixed,
    }

    private static Gen<string> NewLine(LineBreaks style) => style switch
    {
        LineBreaks.Lf => Gen.Const("\n"),
        LineBreaks.CrLf => Gen.Const("\r\n"),
        _ => Gen.Frequency((4, Gen.Const("\n")), (4, Gen.Const("\r\n")), (1, Gen.Const("\r"))),
    };

    private static readonly Gen<string> Whitespace = Gen.Frequency(
            (20, Gen.Const(' ')), (4, Gen.Const('\t')), (1, Gen.Const('\f')), (1, Gen.Const('\v')))
        .Array[1, 4].Select(chars => new string(chars));

    private static readonly Gen<string> BlockComment =
        Gen.Frequency((10, TextChar.Select(c => c.ToString())), (1, Gen.OneOf("\n", "\r\n", "*", "/", "/*", "**")))
            .Array[0, 20]
            .Select(parts => "/*" + string.Concat(parts).Replace("*/", "* /") + "*/");

    /// <summary>One piece of trivia; comments that run to the end of the line bring their line break.</summary>
    private static Gen<string> TriviaPiece(LineBreaks style) => Gen.Frequency(
        (12, Whitespace),
        (6, NewLine(style)),
        (2, Gen.Select(CommentText, NewLine(style), (text, newLine) => "//" + text + newLine)),
        (1, Gen.Select(CommentText, NewLine(style), (text, newLine) => "///" + text + newLine)),
        (2, BlockComment));

    /// <summary>The trivia between two tokens: often one space, sometimes nothing, sometimes a mix.</summary>
    private static Gen<string> Separator(LineBreaks style) => Gen.Frequency(
        (6, Gen.Const(" ")),
        (2, Gen.Const("")),
        (3, TriviaPiece(style).Array[1, 4].Select(string.Concat)));

    /// <summary>What may end a file: any trivia, or a line comment with no line break after it.</summary>
    private static Gen<string> FileEnd(LineBreaks style) => Gen.Frequency(
        (4, Separator(style)),
        (1, Gen.Select(Separator(style), CommentText, (separator, text) => separator + "//" + text)));

    // ------------------------------------------------------------------ files

    /// <summary>A syntactically valid file of zero to six declarations, with random trivia between all tokens.</summary>
    public static readonly Gen<CertSource> ValidFile =
        from declarations in Declaration.Array[0, 6]
        let tokens = declarations.SelectMany(d => d.Tokens).ToArray()
        from style in Gen.Enum<LineBreaks>()
        from separators in Separator(style).Array[tokens.Length]
        from end in FileEnd(style)
        select new CertSource(Assemble(tokens, separators, end), tokens, [.. declarations.Select(d => d.Kind)]);

    /// <summary>Joins tokens with the separators; two word-like tokens always get at least a space between them.</summary>
    private static string Assemble(string[] tokens, string[] separators, string end)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            var separator = separators[i];
            if (separator.Length == 0 && i > 0 && IsWordLike(tokens[i - 1]) && IsWordLike(tokens[i]))
            {
                separator = " ";
            }

            text.Append(separator).Append(tokens[i]);
        }

        return text.Append(end).ToString();
    }

    private static bool IsWordLike(string token) => char.IsAsciiLetterOrDigit(token[0]) || token[0] == '_';

    // ------------------------------------------------------------------ mutations and noise

    /// <summary>One random edit of a text; positions are fractions of the length so that any edit fits any text.</summary>
    public sealed record Edit(EditKind Kind, double Where, double Length, double Other, string Insert)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Kind}@{Where:0.###}+{Length:0.###}/{Other:0.###} '{Escape(Insert)}'";
    }

    /// <summary>What an <see cref="Edit"/> does.</summary>
    public enum EditKind
    {
        /// <summary>Delete a range.</summary>
        Delete,

        /// <summary>Insert <see cref="Edit.Insert"/>.</summary>
        Insert,

        /// <summary>Insert a copy of a range right after it.</summary>
        Duplicate,

        /// <summary>Swap two ranges.</summary>
        Swap,

        /// <summary>Replace a range with <see cref="Edit.Insert"/>.</summary>
        Replace,
    }

    /// <summary>Text that looks like CertLang: keywords, punctuation, literals, broken lexemes and runs of brackets or
    /// <c>not</c>s around the parser's nesting limit.</summary>
    public static readonly Gen<string> Fragment = Gen.Frequency(
        (4, Gen.OneOf([.. ReservedWords, .. SoftKeywords, .. Units])),
        (3, Gen.OneOf(Punctuation)),
        (2, Gen.OneOf("=", "!", "-", ".", "\"", "\\", "/", "*", "/*", "*/", "//", "///", "\"\\", "$", "#", ";", "@", "`", "'")),
        (1, Gen.OneOf("2027-02-30", "2027-06", "1..", "..8", "1.2.", "\"unterminated", "\"bad \\q escape\"", "\r", "\n", "\r\n", "\t")),
        (1, PlainIdentifier),
        (1, Number),
        (1, StringLiteral),
        (1, TextChar.Array[1, 3].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.OneOf("(", "{", "not ", "( not ", ")", "}", "not ( "), Gen.Int[90, 110], Repeat)));

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static readonly Gen<Edit> AnEdit =
        Gen.Select(Gen.Enum<EditKind>(), Gen.Double.Unit, Gen.Double[0, 0.2], Gen.Double.Unit, Fragment.Array[1, 3].Select(string.Concat),
            (kind, where, length, other, insert) => new Edit(kind, where, length, other, insert));

    /// <summary>A valid file with one to four random edits applied.</summary>
    public static readonly Gen<(CertSource Original, Edit[] Edits, string Text)> MutatedFile =
        from source in ValidFile
        from edits in AnEdit.Array[1, 4]
        select (source, edits, edits.Aggregate(source.Text, Apply));

    /// <summary>Applies one edit.</summary>
    public static string Apply(string text, Edit edit)
    {
        var start = (int)(edit.Where * text.Length);
        var length = Math.Min((int)(edit.Length * text.Length) + 1, text.Length - start);
        switch (edit.Kind)
        {
            case EditKind.Delete:
                return text.Remove(start, length);
            case EditKind.Insert:
                return text.Insert(start, edit.Insert);
            case EditKind.Duplicate:
                return text.Insert(start + length, text.Substring(start, length));
            case EditKind.Replace:
                return text.Remove(start, length).Insert(start, edit.Insert);
            default:
            {
                // Swap [start, start+length) with a range of the same length elsewhere, both inside the text.
                var other = (int)(edit.Other * text.Length);
                var (first, second) = start <= other ? (start, other) : (other, start);
                var span = Math.Min(length, second - first);
                span = Math.Min(span, text.Length - second);
                if (span <= 0)
                {
                    return text;
                }

                return string.Concat(
                    text[..first], text.Substring(second, span), text[(first + span)..second], text.Substring(first, span), text[(second + span)..]);
            }
        }
    }

    /// <summary>Arbitrary text: any UTF-16 code unit (NUL, controls, lone surrogates), quotes, comment openers, braces.</summary>
    public static readonly Gen<string> RandomText = Gen.Frequency(
            (4, Gen.Char['\0', '\uffff'].Select(c => c.ToString())),
            (4, Gen.Char[' ', '~'].Select(c => c.ToString())),
            (2, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
            (1, Gen.Char['\ud800', '\udfff'].Select(c => c.ToString())),
            (4, Fragment),
            (1, Gen.OneOf(" ", "  ", "\n", "{", "}", "(", ")", "\"", "/*", "\"\\", "\\")))
        .Array[0, 120]
        .Select(string.Concat);

    /// <summary>Makes every character of a text visible, for failure messages.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
