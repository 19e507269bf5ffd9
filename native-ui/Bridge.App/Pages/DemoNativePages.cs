using Bridge.Engine.Compose;
using Bridge.Engine.Widgets;
using Bridge.Routing;

namespace Bridge.App.Pages;

/// <summary>The demo's native pages by manifest name, and their mounting as router page instances.</summary>
public static class DemoNativePages
{
    /// <summary>The native page names the manifest may use.</summary>
    public static IReadOnlyList<string> Names { get; } = [HomePage.Name, DetailsPage.Name, SearchPage.Name];

    /// <summary>Builds the composable of a native page; throws <see cref="RouteException"/> for an unknown name.</summary>
    public static Node Build(string name, DemoPageContext ctx, PageParams parameters) => name switch
    {
        HomePage.Name => HomePage.Build(ctx),
        DetailsPage.Name => DetailsPage.Build(ctx, parameters),
        SearchPage.Name => SearchPage.Build(ctx),
        _ => throw new RouteException($"the demo has no native page '{name}' (native pages: {string.Join(", ", Names)})"),
    };

    /// <summary>Mounts a native page under its context's root and returns it as a router page instance.</summary>
    public static IPageInstance Mount(Composer composer, string name, DemoPageContext ctx, PageParams parameters)
    {
        ArgumentNullException.ThrowIfNull(composer);
        var tree = composer.Mount(() => Build(name, ctx, parameters), ctx.Root);
        return new NativePageInstance(ctx, tree, parameters);
    }

    private sealed class NativePageInstance(DemoPageContext ctx, MountedTree tree, PageParams parameters) : IPageInstance
    {
        public PageParams Params { get; } = parameters;

        public string? FocusedTestId
        {
            get
            {
                var focused = ctx.World.Focused;
                if (focused.IsNull || !ctx.World.IsWithin(focused, ctx.Root)) return null;
                return ctx.World.TryGet(focused, out TestId id) ? id.Value : null;
            }
        }

        public bool RestoreFocus(string testId)
        {
            if (!ctx.TryFind(testId, out var e) || !ctx.World.TryGet(e, out Focusable f) || !f.Enabled) return false;
            ctx.World.Focus(e);
            return true;
        }

        public void ReceiveResult(PageParams result)
        {
            // The demo's native pages take no results back (details, player and search return nothing).
        }

        public void Dispose() => tree.Dispose();
    }
}
