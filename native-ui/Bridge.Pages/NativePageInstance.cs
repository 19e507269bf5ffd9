using Bridge.Engine.Compose;
using Bridge.Engine.Widgets;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Pages;

/// <summary>A mounted native page as the router sees it; disposing it removes the tree and the page's service scope.</summary>
internal sealed class NativePageInstance(NativePageContext page, MountedTree tree, IServiceScope scope) : IPageInstance
{
    public PageParams Params => page.Params;

    public string? FocusedTestId => page.FocusedTestId;

    public bool RestoreFocus(string testId)
    {
        if (!page.TryFind(testId, out var e) || !page.World.TryGet(e, out Focusable f) || !f.Enabled)
        {
            return false;
        }
        page.World.Focus(e);
        return true;
    }

    public void ReceiveResult(PageParams result)
    {
        // Native pages read results through their own services (a page's data changes, its signals follow).
    }

    public void Dispose()
    {
        tree.Dispose();
        scope.Dispose();
    }
}
