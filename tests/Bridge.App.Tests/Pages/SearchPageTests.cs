using Bridge.App.Pages;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

public sealed class SearchPageTests
{
    [Fact]
    public void Search_starts_with_an_empty_query_on_the_first_key_and_no_results()
    {
        using var host = new PageHost(SearchPage.Name);
        Assert.Equal("Search", host.TextOf("search-query"));
        Assert.Equal("key-a", host.Focused);
        Assert.Equal(39, host.TestIds().Count(id => id.StartsWith("key-", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.TestIds(), id => id.StartsWith("result-", StringComparison.Ordinal));
    }

    [Fact]
    public void Typing_with_the_dpad_updates_the_query_and_the_results_grid()
    {
        using var host = new PageHost(SearchPage.Name);
        host.Key(KeyName.Down, 3);
        host.Key(KeyName.Right);
        Assert.Equal("key-t", host.Focused);
        host.Key(KeyName.Select);
        host.Key(KeyName.Up, 2);
        host.Key(KeyName.Select);
        host.Key(KeyName.Up);
        host.Key(KeyName.Right, 3);
        host.Key(KeyName.Select);

        Assert.Equal("the", host.TextOf("search-query"));
        var expected = host.Context.Data.Catalog.Search("the");
        Assert.NotEmpty(expected);
        var shown = host.TestIds().Where(id => id.StartsWith("result-", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(expected.Select(t => "result-" + t.Id).ToHashSet(), shown);
        Assert.Equal("Top results for \"the\"", host.TextOf("results-label"));
    }

    [Fact]
    public void Right_from_the_last_column_enters_results_and_left_returns_to_the_key()
    {
        using var host = new PageHost(SearchPage.Name);
        host.Key(KeyName.Right, 4);
        host.Key(KeyName.Select);
        Assert.Equal("e", host.TextOf("search-query"));
        var first = host.Context.Data.Catalog.Search("e")[0];

        host.Key(KeyName.Right, 2);
        Assert.Equal("result-" + first.Id, host.Focused);
        host.Key(KeyName.Left);
        Assert.Equal("key-f", host.Focused);
    }

    [Fact]
    public void Del_and_clear_edit_the_query()
    {
        using var host = new PageHost(SearchPage.Name);
        host.Key(KeyName.Select);
        host.Key(KeyName.Select);
        Assert.Equal("aa", host.TextOf("search-query"));
        host.Key(KeyName.Down, 6);
        Assert.Equal("key-space", host.Focused);
        host.Key(KeyName.Right);
        host.Key(KeyName.Select);
        Assert.Equal("a", host.TextOf("search-query"));
        host.Key(KeyName.Right);
        host.Key(KeyName.Select);
        Assert.Equal("Search", host.TextOf("search-query"));
        Assert.Equal("Type a title, or a word of one", host.TextOf("results-label"));
    }
}
