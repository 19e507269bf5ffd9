using Bridge.App.Content;

namespace Bridge.App.Tests.Content;

public sealed class CatalogTests
{
    private static readonly Catalog Default = Catalog.Generate();

    [Fact]
    public void Same_seed_generates_identical_titles_and_rails()
    {
        var again = Catalog.Generate();
        Assert.Equal(Default.Titles, again.Titles);
        Assert.Equal(Default.Rails.Select(r => r.Titles.Select(t => t.Id)), again.Rails.Select(r => r.Titles.Select(t => t.Id)));
    }

    [Fact]
    public void Different_seed_generates_different_titles()
    {
        var other = Catalog.Generate(seed: 7);
        Assert.NotEqual(Default.Titles.Select(t => t.Name), other.Titles.Select(t => t.Name));
    }

    [Fact]
    public void Default_catalog_has_at_least_200_titles_with_unique_ids_and_names()
    {
        Assert.True(Default.Titles.Count >= 200, $"{Default.Titles.Count} titles");
        Assert.Equal(Default.Titles.Count, Default.Titles.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Default.Titles.Count, Default.Titles.Select(t => t.Name.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Every_title_has_complete_metadata_and_a_poster_address()
    {
        foreach (var t in Default.Titles)
        {
            Assert.InRange(t.Year, 1978, 2025);
            Assert.InRange(t.Score, 5.0, 9.5);
            Assert.InRange(t.DurationMinutes, 40, 180);
            Assert.Contains(t.Maturity, new[] { "ALL", "7+", "13+", "16+", "18+" });
            Assert.Equal($"asset://posters/{t.Id}.png", t.Poster);
            Assert.All(t.Name, c => Assert.True(c < 128, $"non-ASCII character in '{t.Name}'"));
        }
    }

    [Fact]
    public void Every_synopsis_has_two_to_four_sentences()
    {
        foreach (var t in Default.Titles)
        {
            var sentences = t.Synopsis.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(sentences is >= 2 and <= 4, $"{t.Id}: {sentences} sentences in '{t.Synopsis}'");
            Assert.EndsWith(".", t.Synopsis);
        }
    }

    [Fact]
    public void A_few_titles_have_hero_images()
    {
        var featured = Default.Featured.ToList();
        Assert.InRange(featured.Count, 3, 10);
        Assert.All(featured, t => Assert.Equal($"asset://posters/{t.Id}-hero.png", t.Hero));
    }

    [Fact]
    public void Home_has_eight_named_rails_of_twenty_distinct_titles()
    {
        Assert.Equal(8, Default.Rails.Count);
        Assert.Equal(8, Default.Rails.Select(r => r.Id).Distinct().Count());
        foreach (var rail in Default.Rails)
        {
            Assert.False(string.IsNullOrWhiteSpace(rail.Name));
            Assert.Equal(Catalog.RailLength, rail.Titles.Count);
            Assert.Equal(rail.Titles.Count, rail.Titles.Select(t => t.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Genre_rail_holds_only_its_genres()
    {
        var scifi = Default.Rails.Single(r => r.Id == "scifi");
        Assert.All(scifi.Titles, t => Assert.Contains(t.Genre, new[] { Genre.SciFi, Genre.Fantasy }));
    }

    [Fact]
    public void Search_matches_name_prefix_case_insensitively_before_word_prefix()
    {
        var name = Default.Titles.First(t => t.Name.StartsWith("The ", StringComparison.Ordinal)).Name;
        var secondWord = name.Split(' ')[1];
        var byWord = Default.Search(secondWord.ToLowerInvariant(), limit: 500);
        Assert.Contains(byWord, t => t.Name == name);

        var byPrefix = Default.Search("the", limit: 500);
        Assert.NotEmpty(byPrefix);
        var firstWordMatch = byPrefix.ToList().FindIndex(t => !t.Name.StartsWith("the", StringComparison.OrdinalIgnoreCase));
        if (firstWordMatch >= 0)
        {
            Assert.All(byPrefix.Skip(firstWordMatch), t => Assert.False(t.Name.StartsWith("the", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public void Search_does_not_match_inside_a_word()
    {
        // "arbor" is inside "Harbor" but starts no word of any name.
        Assert.Contains(Default.Titles, t => t.Name.Contains("arbor", StringComparison.Ordinal));
        Assert.Empty(Default.Search("arbor", limit: 500));
    }

    [Fact]
    public void Search_of_blank_query_is_empty_and_results_respect_the_limit()
    {
        Assert.Empty(Default.Search("   "));
        Assert.Equal(5, Default.Search("a", limit: 5).Count);
    }

    [Fact]
    public void Similar_titles_share_the_genre_and_exclude_the_title()
    {
        var title = Default.Titles[10];
        var similar = Default.Similar(title.Id);
        Assert.Equal(Catalog.RailLength, similar.Count);
        Assert.DoesNotContain(similar, t => t.Id == title.Id);
        Assert.All(similar.Take(10), t => Assert.Equal(title.Genre, t.Genre));
    }

    [Fact]
    public void Get_of_unknown_id_throws_naming_the_id()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Default.Get("nope"));
        Assert.Contains("'nope'", e.Message);
        Assert.False(Default.TryGet("nope", out _));
    }

    [Fact]
    public void Too_small_a_catalog_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.Generate(titleCount: 50));
        Assert.Contains("titleCount", e.Message);
    }
}
