using Bridge.App.Data;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Pages;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.App.Tests.Pages;

public sealed class DemoAppTests
{
    [Fact]
    public void Demo_pages_register_by_attribute_and_mount_with_their_services_and_unmount_cleanly()
    {
        var pages = new NativePages().AddDemoPages();
        Assert.Equal(["Details", "Home", "Search"], pages.Names.Order());
        Assert.True(pages.TryGet("Details", out var details));
        Assert.Equal(["id"], details.Parameters);

        var world = new UiWorld(new TextSystem());
        var navigator = new RecordingNavigator();
        using (var page = DemoPageMount.Mount(world, world.ScreenRoot, "Search", new CatalogDataService(), navigator))
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
    public void A_page_that_needs_a_parameter_says_which_when_navigated_to_without_it()
    {
        var world = new UiWorld(new TextSystem());
        var error = Assert.Throws<RouteException>(() => DemoPageMount.Mount(world, world.ScreenRoot, "Details", new CatalogDataService(), new RecordingNavigator()));
        Assert.Contains("needs the parameter 'id'", error.Message);
        Assert.Equal(0, world.Ecs.ChildCount(world.ScreenRoot));
    }

    [Fact]
    public void Demo_services_answer_fetchData_with_the_same_catalog_the_native_pages_read()
    {
        using var services = new ServiceCollection().AddDemoServices().BuildServiceProvider();
        Assert.Same(services.GetRequiredService<CatalogDataService>(), services.GetRequiredService<IHostDataService>());
        Assert.Single(services.GetServices<IStartupTask>());
    }
}
