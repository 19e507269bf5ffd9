namespace Bridge.Routing;

/// <summary>Whether a page root is shown on screen or runs in the shadow (compare mode).</summary>
public enum PageRole : byte
{
    /// <summary>The root is drawn once it is swapped in.</summary>
    Shown = 1,

    /// <summary>The root receives the same input as the shown one but is never drawn.</summary>
    Shadow = 2,
}

/// <summary>The root entity a page mounts under, whichever path it uses; disposing it destroys the subtree.</summary>
public interface IPageRoot : IDisposable
{
    /// <summary>The id of the root entity in the engine's world.</summary>
    long Id { get; }
}

/// <summary>The engine side of the router: creates page roots and swaps which one is visible.</summary>
/// <remarks>Called on the UI thread only. The router mounts the next page before it swaps and unmounts the old
/// one after, so an implementation never has to show a blank frame.</remarks>
public interface IPageHost
{
    /// <summary>Creates an empty, invisible root entity for a page.</summary>
    IPageRoot CreateRoot(string page, PageRole role);

    /// <summary>Makes <paramref name="next"/> the visible root and hides <paramref name="previous"/> in the same frame.</summary>
    void Swap(IPageRoot? previous, IPageRoot next);

    /// <summary>Swaps roots knowing why, so that a host can play a page transition that fits (forward, back or none).</summary>
    /// <remarks>On <see cref="SwapReason.Back"/> the router unmounts <paramref name="previous"/> right after the swap.</remarks>
    void Swap(IPageRoot? previous, IPageRoot next, SwapReason reason) => Swap(previous, next);

    /// <summary>Lets a host keep a page that was swapped out on the screen a little longer (its leaving motion) before
    /// <paramref name="unmount"/> removes it; by default it goes at once.</summary>
    /// <remarks>The router no longer routes anything to the page: it only stays drawn until the host calls <paramref name="unmount"/>.</remarks>
    void Retire(IPageRoot root, Action unmount) => unmount();
}

/// <summary>Why the router swaps page roots.</summary>
public enum SwapReason : byte
{
    /// <summary>A page was pushed (navigate).</summary>
    Forward,
    /// <summary>The top page was popped (back).</summary>
    Back,
    /// <summary>The same page was remounted on another path (rollback); no transition fits.</summary>
    Replace,
}

/// <summary>A page mounted under a root: the router unmounts it by disposing it.</summary>
/// <remarks>Dispose must release everything the page owns: entities, effects, JS roots, textures.</remarks>
public interface IPageInstance : IDisposable
{
    /// <summary>The parameters the page was mounted with.</summary>
    PageParams Params { get; }

    /// <summary>The testID of the focused node in this page, or null when nothing with a testID has focus.</summary>
    string? FocusedTestId { get; }

    /// <summary>Moves focus back to the node with this testID; false when the page has no such node.</summary>
    bool RestoreFocus(string testId);

    /// <summary>Delivers the result the page above returned when it went back to this one.</summary>
    void ReceiveResult(PageParams result);
}

/// <summary>Mounts legacy (React) pages registered by bundles; absent when the app runs with no JS engine.</summary>
public interface ILegacyPageDriver
{
    /// <summary>True when a loaded bundle registered a page under this name with registerPage.</summary>
    bool HasPage(string legacyName);

    /// <summary>Mounts the legacy page into the root; it may render over the next frames.</summary>
    IPageInstance Mount(IPageRoot root, string legacyName, PageContext context);
}
