using Bridge.App.Data;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Pages;
using Bridge.Routing;

namespace Bridge.App.Pages;

/// <summary>What a native demo page needs: the world it lives in, its root, the data service and navigation.</summary>
public sealed class DemoPageContext(UiWorld world, Entity root, CatalogDataService data, INavigator navigator)
{
    /// <summary>The demo's view of a native page's mount.</summary>
    public DemoPageContext(NativePageContext page, CatalogDataService data)
        : this(page.World, page.Root, data, page.Navigator)
    {
    }

    /// <summary>The world the page's entities live in.</summary>
    public UiWorld World { get; } = world;

    /// <summary>The entity the page mounts under; focus requests look for testIDs inside it only.</summary>
    public Entity Root { get; } = root;

    /// <summary>The data service, the same one legacy pages reach through fetchData.</summary>
    public CatalogDataService Data { get; } = data;

    /// <summary>Navigation for the page's handlers.</summary>
    public INavigator Navigator { get; } = navigator;

    /// <summary>The palette of the current theme setting.</summary>
    public Palette Palette => DemoTheme.PaletteOf(Data.Settings.Theme);

    /// <summary>Focuses the node with this testID once pending edits have landed (safe to call while building).</summary>
    /// <remarks>Like bridge-host's requestFocus: a testID that names no node of this page is ignored.</remarks>
    public void RequestFocus(string testId)
    {
        World.Defer(() =>
        {
            if (TryFind(testId, out var e))
            {
                World.Focus(e);
            }
        });
    }

    /// <summary>Finds a node of this page by testID, even when another page (a compare shadow) uses the same testID.</summary>
    public bool TryFind(string testId, out Entity entity) => World.TryFindByTestIdWithin(testId, Root, out entity);
}
