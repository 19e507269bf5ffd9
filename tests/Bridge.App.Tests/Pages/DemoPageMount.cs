using Bridge.App.Data;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Pages;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.App.Tests.Pages;

/// <summary>Mounts a demo native page as the host does: registered by attribute, created with its services.</summary>
internal static class DemoPageMount
{
    private static readonly NativePages Pages = new NativePages().AddDemoPages();

    public static IPageInstance Mount(UiWorld world, Entity root, string page, CatalogDataService data, INavigator navigator, PageParams? parameters = null)
    {
        Assert.True(Pages.TryGet(page, out var descriptor), $"no demo page {page}");
        var services = new ServiceCollection().AddSingleton(data).BuildServiceProvider();
        var context = new PageContext(page.ToLowerInvariant(), PagePath.Native, PageRole.Shown, parameters ?? PageParams.Empty, navigator);
        return NativePages.Mount(descriptor, new Root(EntityIds.Pack(root)), context, new Composer(world), services);
    }

    private sealed class Root(long id) : IPageRoot
    {
        public long Id { get; } = id;

        public void Dispose()
        {
        }
    }
}
