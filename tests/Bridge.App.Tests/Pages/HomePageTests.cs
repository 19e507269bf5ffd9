using Bridge.Engine.Systems;
using Bridge.App.Pages;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

public sealed class HomePageTests
{
    [Fact]
    public void Home_builds_hero_and_eight_rails_of_twenty_tiles_with_focus_on_play()
    {
        using var host = new PageHost(HomePage.Name);
        var ids = host.TestIds();

        Assert.Superset(new HashSet<string> { "home", "home-scroll", "hero", "hero-image", "hero-genre", "hero-title", "hero-synopsis", "hero-play", "hero-details" }, ids);
        var rails = host.Context.Data.Catalog.Rails;
        foreach (var rail in rails)
        {
            Assert.Contains($"rail-{rail.Id}", ids);
            Assert.Contains($"rail-{rail.Id}-row", ids);
        }
        Assert.Equal(8 * 20, ids.Count(id => id.StartsWith("tile-", StringComparison.Ordinal)));
        Assert.True(host.World.Ecs.Count >= 400, $"{host.World.Ecs.Count} entities");
        Assert.Equal("hero-play", host.Focused);
    }

    [Fact]
    public void Down_and_right_move_through_rails_and_each_rail_remembers_its_tile()
    {
        using var host = new PageHost(HomePage.Name);
        var rails = host.Context.Data.Catalog.Rails;

        host.Key(KeyName.Down);
        Assert.Equal(DemoWidgets.TileId(rails[0].Id, rails[0].Titles[0].Id), host.Focused);

        host.Key(KeyName.Right, 3);
        Assert.Equal(DemoWidgets.TileId(rails[0].Id, rails[0].Titles[3].Id), host.Focused);

        host.Key(KeyName.Down);
        host.Key(KeyName.Right);
        Assert.Equal(DemoWidgets.TileId(rails[1].Id, rails[1].Titles[1].Id), host.Focused);

        host.Key(KeyName.Up);
        Assert.Equal(DemoWidgets.TileId(rails[0].Id, rails[0].Titles[3].Id), host.Focused);

        host.Key(KeyName.Up);
        Assert.Equal("hero-play", host.Focused);
    }

    [Fact]
    public void Keys_taken_in_one_frame_each_move_one_tile()
    {
        using var host = new PageHost(HomePage.Name);
        var rail = host.Context.Data.Catalog.Rails[0];
        host.Key(KeyName.Down);

        // A remote's repeat or fast typing: three keys wait when the frame starts.
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        host.Frame();

        Assert.Equal(DemoWidgets.TileId(rail.Id, rail.Titles[3].Id), host.Focused);
    }

    [Fact]
    public void Select_on_a_tile_opens_its_details()
    {
        using var host = new PageHost(HomePage.Name);
        var first = host.Context.Data.Catalog.Rails[0].Titles[0];
        host.Key(KeyName.Down);
        host.Key(KeyName.Select);
        Assert.Equal([$"details id={first.Id}"], host.Navigator.Calls);
    }

    [Fact]
    public void Focused_tile_scales_up_frame_by_frame_and_back_when_blurred()
    {
        using var host = new PageHost(HomePage.Name);
        host.Key(KeyName.Down);
        for (var i = 0; i < 5; i++) host.Frame();
        Assert.False(host.Loop.Animation.IsAnimating);

        host.Key(KeyName.Right);
        Assert.True(host.Loop.Animation.IsAnimating);
        for (var i = 0; i < 5; i++) host.Frame();
        Assert.False(host.Loop.Animation.IsAnimating);
        Assert.Equal(DemoTheme.FocusScale, host.World.Get<Motion>(host.World.Focused).Scale, 3);
    }
}
