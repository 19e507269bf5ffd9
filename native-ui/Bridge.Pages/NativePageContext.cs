using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Routing;

namespace Bridge.Pages;

/// <summary>What a native page mounts with: the world it lives in, its root entity, its parameters and navigation.</summary>
/// <remarks>UI thread only. A page asks for it in its constructor.</remarks>
public sealed class NativePageContext
{
    /// <summary>Creates the context of one mount.</summary>
    public NativePageContext(UiWorld world, Entity root, PageContext page)
    {
        World = world ?? throw new ArgumentNullException(nameof(world));
        Root = root;
        Page = page ?? throw new ArgumentNullException(nameof(page));
    }

    /// <summary>The world the page's entities live in.</summary>
    public UiWorld World { get; }

    /// <summary>The entity the page mounts under; focus requests look for testIDs inside it only.</summary>
    public Entity Root { get; }

    /// <summary>The router's view of this mount: manifest name, path, role (shown or compare shadow).</summary>
    public PageContext Page { get; }

    /// <summary>The parameters the page that navigated here passed.</summary>
    public PageParams Params => Page.Params;

    /// <summary>Navigation for the page's handlers (a compare shadow's calls are ignored).</summary>
    public INavigator Navigator => Page.Navigator;

    /// <summary>Focuses the node with this testID once pending edits have landed (safe to call while building).</summary>
    /// <remarks>Like bridge-host's <c>requestFocus</c>: a testID that names no node of this page is ignored.</remarks>
    public void RequestFocus(string testId)
    {
        ArgumentNullException.ThrowIfNull(testId);
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

    /// <summary>The testID of the focused node when it is inside this page, else null.</summary>
    public string? FocusedTestId
    {
        get
        {
            var focused = World.Focused;
            if (focused.IsNull || !World.IsWithin(focused, Root))
            {
                return null;
            }
            return World.TryGet(focused, out TestId id) ? id.Value : null;
        }
    }
}
