using Bridge.App.Data;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>The legacy-only pages (Settings, Player) and the legacy Home, run in V8 through the op applier.</summary>
public sealed class LegacyPageTests(LegacyBundleFixture bundle) : IClassFixture<LegacyBundleFixture>
{
    [Fact]
    public void Settings_toggles_reach_the_host_and_the_theme_changes_live()
    {
        var data = new CatalogDataService();
        using var page = new LegacySession(bundle.Bundle, data, "settings");
        Assert.Equal("setting-theme", page.FocusedTestId);
        var dark = page.StyleOf("settings").BackgroundColor;

        page.Key(KeyName.Select);
        Assert.Equal("light", data.Settings.Theme);
        Assert.NotEqual(dark, page.StyleOf("settings").BackgroundColor);

        page.Key(KeyName.Down);
        Assert.Equal("setting-autoplay", page.FocusedTestId);
        page.Key(KeyName.Select);
        Assert.Equal(false, data.Settings.Get("autoplay"));

        page.Key(KeyName.Up);
        page.Key(KeyName.Select);
        Assert.Equal("dark", data.Settings.Theme);
        Assert.Equal(dark, page.StyleOf("settings").BackgroundColor);
        Assert.Empty(page.Rejected);
    }

    [Fact]
    public void Player_advances_on_the_frame_clock_hides_its_overlay_and_leaves_with_back()
    {
        using var page = new LegacySession(bundle.Bundle, new CatalogDataService(), "player", "t001");
        Assert.Equal("player-toggle", page.FocusedTestId);
        Assert.Equal("0:00", page.TextOf("player-position"));

        for (var i = 0; i < 25; i++) page.Frame(100);
        Assert.Equal("0:02", page.TextOf("player-position"));
        Assert.Equal(1f, page.StyleOf("player-overlay").Opacity);

        for (var i = 0; i < 10; i++) page.Frame(100);
        Assert.Equal(0f, page.StyleOf("player-overlay").Opacity);

        page.Key(KeyName.Right);
        Assert.Equal(1f, page.StyleOf("player-overlay").Opacity);
        Assert.Equal("player-toggle", page.FocusedTestId);
        page.Key(KeyName.Select);
        Assert.Equal("Play", page.TextOf(LabelOf(page, "player-toggle")));

        page.Key(KeyName.Back);
        Assert.Equal(["back"], page.Navigation);
        Assert.Empty(page.Rejected);
    }

    [Fact]
    public void Legacy_home_moves_through_rails_with_memory_and_opens_details()
    {
        var data = new CatalogDataService();
        using var page = new LegacySession(bundle.Bundle, data, "home");
        var rails = data.Catalog.Rails;
        Assert.Equal("hero-play", page.FocusedTestId);

        page.Key(KeyName.Down);
        page.Key(KeyName.Right);
        page.Key(KeyName.Right);
        page.Key(KeyName.Down);
        page.Key(KeyName.Up);
        Assert.Equal($"tile-{rails[0].Id}-{rails[0].Titles[2].Id}", page.FocusedTestId);

        page.Key(KeyName.Select);
        Assert.Equal(["details"], page.Navigation);
    }

    /// <summary>The untagged Text inside a control, tagged so it can be read.</summary>
    private static string LabelOf(LegacySession page, string controlId)
    {
        var text = page.World.Ecs.FirstChild(page.World.FindByTestId(controlId));
        return page.World.TryGet(text, out Bridge.Engine.Widgets.TestId id) ? id.Value : Tag(page, text, controlId + "-label");
    }

    private static string Tag(LegacySession page, Bridge.Engine.Ecs.Entity e, string tag)
    {
        page.World.SetProp(e, PropKey.TestId, PropValue.Of(tag));
        return tag;
    }
}
