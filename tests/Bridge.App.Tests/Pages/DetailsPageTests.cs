using Bridge.App.Data;
using Bridge.App.Pages;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

public sealed class DetailsPageTests
{
    private static PageHost Open(string id = "t010") => new(DetailsPage.Name, PageParams.Of("id", id));

    [Fact]
    public void Details_shows_the_title_its_metadata_synopsis_buttons_and_similar_rail()
    {
        using var host = Open();
        var title = host.Context.Data.Catalog.Get("t010");

        Assert.Equal(title.Name, host.TextOf("details-title"));
        Assert.Equal(CatalogDataService.Meta(title), host.TextOf("details-meta"));
        Assert.Equal(title.Synopsis, host.TextOf("details-synopsis"));
        var ids = host.TestIds();
        Assert.Superset(new HashSet<string> { "details-play", "details-list", "details-back", "rail-similar", "rail-similar-row" }, ids);
        Assert.Equal(20, ids.Count(id => id.StartsWith("tile-similar-", StringComparison.Ordinal)));
        Assert.Equal("details-play", host.Focused);
    }

    [Fact]
    public void Add_to_list_toggles_its_label_and_the_confirmation()
    {
        using var host = Open();
        host.Key(KeyName.Right);
        Assert.Equal("details-list", host.Focused);
        Assert.DoesNotContain("details-on-list", host.TestIds());

        host.Key(KeyName.Select);
        Assert.Equal("On your list", host.TextOf(TextChildOf(host, "details-list")));
        Assert.Contains("details-on-list", host.TestIds());

        host.Key(KeyName.Select);
        Assert.Equal("Add to list", host.TextOf(TextChildOf(host, "details-list")));
        Assert.DoesNotContain("details-on-list", host.TestIds());
    }

    [Fact]
    public void Down_enters_the_similar_rail_and_up_returns_to_the_last_button()
    {
        using var host = Open();
        var similar = host.Context.Data.Catalog.Similar("t010");
        host.Key(KeyName.Right);
        host.Key(KeyName.Down);
        Assert.Equal(DemoWidgets.TileId("similar", similar[0].Id), host.Focused);
        host.Key(KeyName.Right, 2);
        Assert.Equal(DemoWidgets.TileId("similar", similar[2].Id), host.Focused);
        host.Key(KeyName.Up);
        Assert.Equal("details-list", host.Focused);
    }

    [Fact]
    public void Play_opens_the_player_and_back_goes_back()
    {
        using var host = Open();
        host.Key(KeyName.Select);
        host.Key(KeyName.Right, 2);
        host.Key(KeyName.Select);
        Assert.Equal(["player id=t010", "back"], host.Navigator.Calls);
    }

    [Fact]
    public void Details_without_an_id_fails_naming_the_parameter()
    {
        var e = Assert.ThrowsAny<Exception>(() => new PageHost(DetailsPage.Name));
        Assert.Contains("id", e.Message);
    }

    /// <summary>Buttons label themselves with an untagged Text child: give it a temporary testID to read it.</summary>
    private static string TextChildOf(PageHost host, string buttonId)
    {
        var button = host.World.FindByTestId(buttonId);
        var text = host.World.Ecs.FirstChild(button);
        var tag = buttonId + "-label-probe";
        if (!host.World.TryFindByTestId(tag, out _)) host.World.SetProp(text, PropKey.TestId, PropValue.Of(tag));
        return tag;
    }
}
