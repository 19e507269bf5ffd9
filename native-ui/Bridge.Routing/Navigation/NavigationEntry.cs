namespace Bridge.Routing;

/// <summary>One page on the navigation stack with the roots and instances it mounted.</summary>
public sealed class NavigationEntry
{
    internal NavigationEntry(PageRoute route, PageParams parameters)
    {
        Route = route;
        Params = parameters;
    }

    /// <summary>The route of the page.</summary>
    public PageRoute Route { get; }

    /// <summary>The manifest name of the page.</summary>
    public string Page => Route.Name;

    /// <summary>The parameters the page was navigated to with.</summary>
    public PageParams Params { get; }

    /// <summary>The path the entry is mounted on.</summary>
    public PagePath Path { get; internal set; }

    /// <summary>The root that is shown for this entry.</summary>
    public IPageRoot Root { get; internal set; } = null!;

    /// <summary>The instance mounted under <see cref="Root"/>.</summary>
    public IPageInstance Instance { get; internal set; } = null!;

    /// <summary>The legacy root running in the shadow on the compare path, else null.</summary>
    public IPageRoot? ShadowRoot { get; internal set; }

    /// <summary>The legacy instance running in the shadow on the compare path, else null.</summary>
    public IPageInstance? ShadowInstance { get; internal set; }

    /// <summary>The testID that had focus when another page was pushed over this one.</summary>
    public string? SavedFocus { get; internal set; }

    /// <summary>True when the entry's code changed since it was mounted (.NET hot reload): it mounts again when shown.</summary>
    internal bool Stale { get; set; }

    /// <summary>The path the shown instance runs on: native for compare, else <see cref="Path"/>.</summary>
    public PagePath ShownPath => Path == PagePath.Compare ? PagePath.Native : Path;
}
