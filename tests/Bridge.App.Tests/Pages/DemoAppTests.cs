using Bridge.App.Pages;
using Bridge.Engine.Compose;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Routing;

namespace Bridge.App.Tests.Pages;

public sealed class DemoAppTests
{
    private sealed class Root(long id) : IPageRoot
    {
        public long Id { get; } = id;

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Registered_native_pages_mount_through_the_router_factory_and_unmount_cleanly()
    {
        var app = new DemoApp();
        var world = new UiWorld(new TextSystem());
        var registry = new NativePageRegistry();
        var navigator = new RecordingNavigator();
        app.RegisterNativePages(registry, new Composer(world), (_, _) => new DemoPageContext(world, world.ScreenRoot, app.Data, navigator));

        Assert.Equal(["Details", "Home", "Search"], registry.Names.Order());
        var context = new PageContext("search", PagePath.Native, PageRole.Shown, PageParams.Empty, navigator);
        using (var page = registry.Get("Search")(new Root(1), context))
        {
            world.FlushEffects();
            Assert.True(world.TryFindByTestId("keyboard", out _));
            Assert.Equal("key-a", page.FocusedTestId);
            Assert.True(page.RestoreFocus("key-b"));
            Assert.Equal("key-b", page.FocusedTestId);
            Assert.False(page.RestoreFocus("search-field"));
        }
        Assert.False(world.TryFindByTestId("keyboard", out _));
    }

    [Fact]
    public void Default_files_live_in_the_repository()
    {
        Assert.True(File.Exists(DemoApp.ManifestPath()));
        Assert.True(File.Exists(DemoApp.ScriptPath()));
        Assert.True(File.Exists(DemoApp.LegacyEntryPath()));
    }
}
