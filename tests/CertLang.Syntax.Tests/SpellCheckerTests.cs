using System.Diagnostics;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Syntax.Tests;

/// <summary>SpellChecker: "did you mean" by edit distance, in bounded time and memory whatever the length of the words.</summary>
public sealed class SpellCheckerTests
{
    [Fact]
    public void A_typo_is_matched_to_the_closest_candidate()
    {
        Assert.Equal("hair_dryer", SpellChecker.Suggest("hair_drier", ["kettle", "hair_dryer", "lighting"]));
        Assert.Equal("regime", SpellChecker.Suggest("reigme", ["regime", "market"]));
        Assert.Null(SpellChecker.Suggest("toaster", ["kettle", "hair_dryer"]));
    }

    [Fact]
    public void Candidates_whose_length_differs_beyond_the_limit_are_not_suggested()
    {
        Assert.Null(SpellChecker.Suggest("kettle", ["kettle_with_a_long_suffix"]));
    }

    [Fact]
    public void A_word_longer_than_the_bound_gets_no_suggestion()
    {
        var word = new string('a', SpellChecker.MaxWordLength + 1);

        Assert.Null(SpellChecker.Suggest(word, [word + "b"]));
        Assert.Equal(word[..^2] + "b", SpellChecker.Suggest(word[..^2] + "c", [word[..^2] + "b"]));
    }

    [Fact]
    public void Megabyte_words_against_megabyte_candidates_do_not_hang()
    {
        var word = new string('a', 1_048_576);
        var candidates = Enumerable.Range(0, 100).Select(i => new string('a', 1_048_576 - i) + "b").ToList();

        var clock = Stopwatch.StartNew();
        var suggestion = SpellChecker.Suggest(word, candidates);
        var shortWord = SpellChecker.Suggest("hair_drier", [.. candidates, "hair_dryer"]);

        Assert.Null(suggestion);
        Assert.Equal("hair_dryer", shortWord);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
