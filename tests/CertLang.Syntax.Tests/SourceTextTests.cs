using CertLang.Syntax.Text;

namespace CertLang.Syntax.Tests;

/// <summary>SourceText: line map, positions, decoding.</summary>
public sealed class SourceTextTests
{
    [Fact]
    public void Lines_break_at_lf_crlf_and_cr()
    {
        var text = SourceText.From("a\nbb\r\nccc\rd");

        Assert.Equal([0, 2, 6, 10], text.LineStarts);
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(6));
        Assert.Equal(new LinePosition(3, 1), text.GetLinePosition(11));
        Assert.Equal("ccc", text.ToString(text.GetLineSpan(2, includeLineBreak: false)));
        Assert.Equal("bb\r\n", text.ToString(text.GetLineSpan(1, includeLineBreak: true)));
    }

    [Fact]
    public void Positions_round_trip_and_clamp_to_the_line()
    {
        var text = SourceText.From("ab\ncd\n");

        for (var position = 0; position <= text.Length; position++)
        {
            Assert.Equal(position, text.GetPosition(text.GetLinePosition(position)));
        }

        Assert.Equal(5, text.GetPosition(new LinePosition(1, 99)));
        Assert.Equal(6, text.GetPosition(new LinePosition(7, 0)));
    }

    [Fact]
    public void Line_positions_print_one_based_as_compilers_do()
    {
        Assert.Equal("3,7", new LinePosition(2, 6).ToString());
    }

    [Fact]
    public void Decoding_drops_a_byte_order_mark_and_remembers_invalid_utf8()
    {
        var clean = SourceText.From([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'s'], "a.cert");
        var broken = SourceText.From([(byte)'h', 0xC3, 0x28], "b.cert");

        Assert.Equal("hs", clean.ToString());
        Assert.Null(clean.InvalidUtf8Offset);
        Assert.Equal("h\uFFFD(", broken.ToString());
        Assert.Equal(1, broken.InvalidUtf8Offset);
        Assert.Equal("b.cert", broken.Path);
    }
}
