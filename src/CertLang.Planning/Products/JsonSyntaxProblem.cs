using System.Text.Json;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Products;

/// <summary>What is wrong with a product file's JSON syntax, in our words: the reader's own messages speak of its options and internals.</summary>
internal static class JsonSyntaxProblem
{
    /// <summary>Fragments of the JSON reader's messages and what they mean for someone writing a product file; the first that matches is used.</summary>
    private static readonly (string Fragment, string Meaning)[] Meanings =
    [
        ("Duplicate", "a field appears twice in one object; keep one"),
        ("does not contain any JSON tokens", "the file is empty; write a product object or an array of them"),
        ("reached end of data", "the text ends too early: a string, object or array is not closed"),
        ("open JSON object or array", "an object or array is not closed"),
        ("after a property name", "expected ':' after a field name"),
        ("after a single JSON value", "more text after the end of the JSON; a file holds one product or one array of products"),
        ("after a value", "expected ',' or a closing '}' or ']' after a value"),
        ("start of a property name", "expected a field name in double quotes"),
        ("start of a value", "expected a value: a string in double quotes, a number, true, false, null, an object or an array"),
        ("trailing comma", "a comma before a closing '}' or ']'; remove it"),
        ("maximum configured depth", "objects and arrays are nested more than 64 deep"),
        ("JSON string", "a string holds a line break, a control character or a broken escape; write them as \\n, \\t or \\uXXXX"),
        ("leading zero", "a number cannot start with 0 followed by more digits"),
        ("JSON literal", "expected true, false or null"),
        ("number", "a number is malformed; write it as 1200, -3.5 or 2e6"),
    ];

    /// <summary>The problem <paramref name="error"/> reports, starting with the text it found when it names one ("unexpected 'x': …").</summary>
    public static string Describe(JsonException error)
    {
        var message = error.Message;
        var meaning = Meanings.FirstOrDefault(m => message.Contains(m.Fragment, StringComparison.Ordinal)).Meaning ?? "the JSON syntax is broken here";
        var found = message.StartsWith('\'') && message.IndexOf("' ", 1, StringComparison.Ordinal) is > 0 and var end ? message[1..end] : null;
        return found is null ? meaning : $"unexpected '{DisplayText.Safe(found)}': {meaning}";
    }
}
