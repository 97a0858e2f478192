using CertLang.Syntax.Text;

namespace CertLang.Syntax.Tests;

/// <summary>DisplayText: user text quoted in messages is escaped and capped.</summary>
public sealed class DisplayTextTests
{
    [Fact]
    public void Ordinary_text_is_returned_as_it_is()
    {
        Assert.Equal("rated_voltage", DisplayText.Safe("rated_voltage"));
        Assert.Equal("CE — 电器 😀", DisplayText.Safe("CE — 电器 😀"));
    }

    [Fact]
    public void Control_characters_lone_surrogates_and_bidi_overrides_are_escaped()
    {
        Assert.Equal("a\\u001B[31mred\\n", DisplayText.Safe("a\u001b[31mred\n"));
        Assert.Equal("\\uD800x", DisplayText.Safe("\ud800x"));
        Assert.Equal("x\\uDC00", DisplayText.Safe("x\udc00"));
        Assert.Equal("\\u202Eevil", DisplayText.Safe("\u202eevil"));
        Assert.Equal("\\u0085", DisplayText.Safe("\u0085"));
    }

    [Fact]
    public void Long_text_is_cut_with_its_length_stated()
    {
        var safe = DisplayText.Safe(new string('a', 1_048_576));

        Assert.Equal(new string('a', DisplayText.MaxQuotedLength) + "… (1048576 characters)", safe);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', DisplayText.MaxQuotedLength - 1) + "😀" + "tail";

        var safe = DisplayText.Safe(text);

        Assert.StartsWith(new string('a', DisplayText.MaxQuotedLength - 1) + "😀…", safe);
    }

    [Fact]
    public void Lists_name_a_bounded_number_of_items()
    {
        var items = Enumerable.Range(1, 100).Select(i => $"attr{i}");

        var listed = DisplayText.List(items);

        Assert.EndsWith("attr12, and 88 more", listed);
        Assert.Equal("a, b", DisplayText.List(["a", "b"]));
    }

    [Fact]
    public void Visible_text_keeps_tabs_and_pairs_escapes_other_controls_and_is_never_cut()
    {
        var line = "\tregime\u001b[31m 😀 \ud800" + new string('a', 1_000);

        Assert.Equal("\tregime\\u001B[31m 😀 \\uD800" + new string('a', 1_000), DisplayText.Visible(line));
        Assert.Equal("plain", DisplayText.Visible("plain"));
    }
}
