using Bridge.Routing;

namespace Bridge.Migration.Tests;

/// <summary>A page host counting live roots, with an optional legacy driver for a fixed set of page names.</summary>
internal sealed class CountingHost(IReadOnlyCollection<string> legacyPages) : IPageHost, ILegacyPageDriver
{
    private long _next;

    public int LiveRoots { get; set; }

    public IPageRoot CreateRoot(string page, PageRole role)
    {
        LiveRoots++;
        return new Root(this, ++_next);
    }

    public void Swap(IPageRoot? previous, IPageRoot next)
    {
    }

    public bool HasPage(string legacyName) => legacyPages.Contains(legacyName);

    public IPageInstance Mount(IPageRoot root, string legacyName, PageContext context) => new SimplePage(context);

    private sealed class Root(CountingHost host, long id) : IPageRoot
    {
        public long Id => id;

        public void Dispose() => host.LiveRoots--;
    }
}

/// <summary>A page that only remembers how it was mounted.</summary>
internal sealed class SimplePage(PageContext context) : IPageInstance
{
    public PageContext Context { get; } = context;

    public PageParams Params => Context.Params;

    public string? FocusedTestId => null;

    public bool RestoreFocus(string testId) => false;

    public void ReceiveResult(PageParams result)
    {
    }

    public void Dispose()
    {
    }
}
