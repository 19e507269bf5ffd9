using Serilog;

namespace Bridge.Routing;

public sealed partial class Router
{
    /// <summary>Mounts the entry on its page's current path; a native mount that throws rolls the page back.</summary>
    private void Mount(NavigationEntry entry)
    {
        var path = PathOf(entry.Page);
        try
        {
            MountOn(entry, path);
        }
        catch (Exception ex) when (path != PagePath.Legacy && FallbackOf(entry.Route, path) is not null)
        {
            Record(entry.Route, path, "native page threw while mounting", ex);
            MountOn(entry, PathOf(entry.Page));
        }
    }

    private void MountOn(NavigationEntry entry, PagePath path)
    {
        var shownPath = path == PagePath.Compare ? PagePath.Native : path;
        var root = _host.CreateRoot(entry.Page, PageRole.Shown);
        IPageInstance instance;
        try
        {
            instance = MountInstance(root, entry, shownPath, PageRole.Shown);
        }
        catch
        {
            root.Dispose();
            throw;
        }
        entry.Root = root;
        entry.Instance = instance;
        entry.Path = path;
        entry.Stale = false;
        entry.ShadowRoot = null;
        entry.ShadowInstance = null;
        if (path != PagePath.Compare)
        {
            return;
        }
        var shadowRoot = _host.CreateRoot(entry.Page, PageRole.Shadow);
        try
        {
            entry.ShadowInstance = MountInstance(shadowRoot, entry, PagePath.Legacy, PageRole.Shadow);
            entry.ShadowRoot = shadowRoot;
        }
        catch (Exception ex)
        {
            // The shown native page works; a failing shadow only costs the comparison data.
            shadowRoot.Dispose();
            entry.Path = PagePath.Native;
            _log.Error(ex, "Shadow legacy page of {Page} failed to mount; running native only", entry.Page);
        }
    }

    private IPageInstance MountInstance(IPageRoot root, NavigationEntry entry, PagePath path, PageRole role)
    {
        var context = new PageContext(entry.Page, path, role, entry.Params,
            role == PageRole.Shown ? this : ShadowNavigator.Instance);
        if (path == PagePath.Native)
        {
            return _natives.Get(entry.Route.Native!)(root, context);
        }
        if (_legacy is null)
        {
            throw new RouteException($"page '{entry.Page}' needs its legacy path but the app runs with no legacy driver");
        }
        return _legacy.Mount(root, entry.Route.Legacy!, context);
    }

    private RollbackRecord Record(PageRoute route, PagePath from, string reason, Exception? exception)
    {
        var to = FallbackOf(route, from);
        var record = new RollbackRecord(route.Name, from, to, reason, exception?.GetType().FullName, exception?.Message,
            exception?.StackTrace, _time.GetUtcNow());
        _rollbacks.Add(record);
        if (to is { } target)
        {
            _rolledBack[route.Name] = target;
            _chosen.Remove(route.Name);
        }
        _log.ForContext("Stack", record.Stack)
            .Error(exception, "Page {Page} rolled back from {From} to {To}: {Reason}", route.Name,
                PagePaths.ToName(from), to is { } t ? PagePaths.ToName(t) : "none", reason);
        return record;
    }

    private PagePath? FallbackOf(PageRoute route, PagePath from)
    {
        if (from == PagePath.Legacy)
        {
            return null;
        }
        var candidate = route.Fallback ?? (route.Legacy is not null ? PagePath.Legacy : null);
        if (candidate is not { } target || target == from || (from == PagePath.Compare && target == PagePath.Native))
        {
            return null;
        }
        if (target == PagePath.Legacy && (_legacy is null || route.Legacy is null))
        {
            return null;
        }
        return target;
    }

    private static NavigationEntry Snapshot(NavigationEntry entry) => new(entry.Route, entry.Params)
    {
        Path = entry.Path,
        Root = entry.Root,
        Instance = entry.Instance,
        ShadowRoot = entry.ShadowRoot,
        ShadowInstance = entry.ShadowInstance,
    };

    /// <summary>Disposes the instances, then the roots; a page whose dispose throws is logged, never rethrown.</summary>
    private void Unmount(NavigationEntry entry)
    {
        DisposeLogged(entry.ShadowInstance, entry.Page, "shadow instance");
        DisposeLogged(entry.ShadowRoot, entry.Page, "shadow root");
        DisposeLogged(entry.Instance, entry.Page, "instance");
        DisposeLogged(entry.Root, entry.Page, "root");
    }

    private void DisposeLogged(IDisposable? disposable, string page, string what)
    {
        try
        {
            disposable?.Dispose();
        }
        catch (Exception ex)
        {
            _log.Error(ex, "Unmounting the {What} of page {Page} threw", what, page);
        }
    }

    private string? NativeMissing(PageRoute route) =>
        route.Native is null ? "it has no native page"
        : !_natives.Contains(route.Native) ? $"no native page is registered as '{route.Native}'"
        : null;

    private string? LegacyMissing(PageRoute route) =>
        route.Legacy is null ? "it has no legacy page"
        : _legacy is null ? "the app runs no JS engine"
        : !_legacy.HasPage(route.Legacy) ? $"no bundle registers the legacy page '{route.Legacy}'"
        : null;

    private void CheckRoutes()
    {
        var problems = new List<string>();
        foreach (var route in _routes.Routes)
        {
            var needsNative = route.Live is PagePath.Native or PagePath.Compare || route.Fallback == PagePath.Native;
            var needsLegacy = route.Live is PagePath.Legacy or PagePath.Compare || route.Fallback == PagePath.Legacy;
            if (needsNative && !_natives.Contains(route.Native!))
            {
                problems.Add($"page '{route.Name}': no native page registered as '{route.Native}'");
            }
            if (needsLegacy && _legacy is null)
            {
                problems.Add($"page '{route.Name}': needs its legacy page '{route.Legacy}' but no legacy driver is given");
            }
            else if (needsLegacy && !_legacy!.HasPage(route.Legacy!))
            {
                problems.Add($"page '{route.Name}': no bundle registers the legacy page '{route.Legacy}'");
            }
        }
        if (problems.Count > 0)
        {
            throw new RouteException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>The navigator of shadow instances: their navigation is the shown page's job, so it is ignored.</summary>
    private sealed class ShadowNavigator : INavigator
    {
        public static readonly ShadowNavigator Instance = new();

        public void Navigate(string page, PageParams? parameters = null)
        {
        }

        public bool Back(PageParams? result = null) => false;
    }
}
