using System.Diagnostics;

namespace CertLang.Cli.Tests;

/// <summary>
/// <c>certc check</c> on hostile sources, run as a process: what it prints stays bounded and inert whatever the size of
/// a name or a line, and whatever control characters the sources hold; numbers beyond a pack's limits are errors.
/// </summary>
public sealed class CheckLimitsTests : IDisposable
{
    private const string Header = "pack p version 1.0.0\nmarket CN \"China\"\ncategory kettle \"Kettles\"\n";

    private readonly TemporaryPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void A_megabyte_attribute_name_misspelt_a_dozen_times_prints_a_bounded_report_fast()
    {
        var result = CheckMisspeltMegabyteName(references: 12);

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Output.Length < 16 * 1024, $"printed {result.Output.Length} characters");
        Assert.Equal(12, result.OutputLines.Count(line => line.Contains("error CERT1001", StringComparison.Ordinal)));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void A_megabyte_attribute_name_misspelt_a_hundred_times_is_a_file_over_the_size_limit_refused_in_one_line()
    {
        var result = CheckMisspeltMegabyteName(references: 100);

        Assert.Equal(3, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("pack.cert", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 1024, $"printed {result.Error.Length} characters");
    }

    /// <summary>Checks a pack declaring a 1 MB attribute name that its scope misspells <paramref name="references"/> times.</summary>
    private CertcResult CheckMisspeltMegabyteName(int references)
    {
        var name = new string('v', 1_048_576);
        var rules = string.Concat(Enumerable.Range(0, references).Select(_ => $"    include kettle where {name}w\n"));
        _pack.With("pack.cert", $"{Header}attribute {name}: bool\nregime R in CN {{\n  scope {{\n{rules}  }}\n}}\n");

        var clock = Stopwatch.StartNew();
        var result = Certc.Run(_pack.Folder, "check");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        return result;
    }

    [Fact]
    public void A_megabyte_line_is_echoed_as_a_window_around_the_caret()
    {
        var padding = new string('x', 1_048_576);
        _pack.With("pack.cert", $"{Header}regime R in CN {{ title \"{padding}\" athority \"CNCA\" mark \"{padding}\" }}\n");

        var result = Certc.Run(_pack.Folder, "check");

        var lines = result.OutputLines;
        var error = Array.FindIndex(lines, line => line.Contains("CERT0005", StringComparison.Ordinal));
        Assert.True(error >= 0, result.Output);
        var (echo, caret) = (lines[error + 1], lines[error + 2]);
        Assert.InRange(echo.Length, 100, 130);
        Assert.StartsWith("…", echo);
        Assert.EndsWith("…", echo);
        Assert.Equal("athority", echo.Substring(caret.IndexOf('^'), "athority".Length));
        Assert.Equal("^~~~~~~~", caret.Trim());
    }

    [Fact]
    public void Control_characters_in_a_source_line_are_echoed_escaped()
    {
        _pack.With("pack.cert", $"{Header}regime R in CN {{ title \"\u001b[31mred\u001b[0m\" athority \"CNCA\" }}\n");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        var error = Array.FindIndex(result.OutputLines, line => line.Contains("CERT0005", StringComparison.Ordinal));
        var (echo, caret) = (result.OutputLines[error + 1], result.OutputLines[error + 2]);
        Assert.Contains("title \"\\u001B[31mred\\u001B[0m\" athority", echo);
        Assert.Equal("athority", echo.Substring(caret.IndexOf('^'), "athority".Length));
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_printed_escaped()
    {
        _pack.With("pack.cert", Header).With("bad\u001b[31mname.cert", "regime R in CN { athority \"CNCA\" }\n");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.Contains(result.OutputLines, line => line.StartsWith("bad\\u001B[31mname.cert(1,18): error CERT0005", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("step review takes 79228162514264337593543950335 weeks", "CERT1027")]
    [InlineData("step review takes 102 years", "CERT1027")]
    [InlineData("step review takes 1 week\n  }\n  scope { include kettle where rated_voltage > 100000000000000000000000000 kV", "CERT1026")]
    public void A_number_beyond_the_limits_is_an_error_at_the_number_not_a_crash(string process, string code)
    {
        _pack.With("pack.cert", $"{Header}attribute rated_voltage: voltage\nregime R in CN {{\n  process {{\n    {process}\n  }}\n}}\n");

        var result = Certc.Run(_pack.Folder, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.Contains($"error {code}", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }
}
