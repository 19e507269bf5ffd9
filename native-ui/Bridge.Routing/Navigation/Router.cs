using System.Diagnostics.CodeAnalysis;
using Serilog;

namespace Bridge.Routing;

/// <summary>Owns navigation: a stack of mounted pages, back with results, focus restored on return, the live path
/// of each page and rollback to the fallback path.</summary>
/// <remarks>UI thread only. A navigation requested while another one runs (a page navigating from its mount) is
/// queued and runs right after. The next page is always mounted before the root swap and the old one unmounted
/// after it, so no frame shows an empty screen.</remarks>
public sealed partial class Router : INavigator, IDisposable
{
    private readonly RouteTable _routes;
    private readonly IPageHost _host;
    private readonly NativePageRegistry _natives;
    private readonly ILegacyPageDriver? _legacy;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly List<NavigationEntry> _stack = [];
    private readonly Dictionary<string, PagePath> _rolledBack = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PagePath> _chosen = new(StringComparer.Ordinal);
    private readonly List<RollbackRecord> _rollbacks = [];
    private readonly Queue<Action> _pending = new();
    private bool _busy;
    private bool _disposed;

    /// <summary>Creates a router; <paramref name="legacy"/> is null for an app that runs no JS engine.</summary>
    /// <exception cref="RouteException">A route needs a native page that is not registered, or a legacy page while
    /// no legacy driver is given or no bundle registers it; the message lists every problem.</exception>
    public Router(RouteTable routes, IPageHost host, NativePageRegistry natives, ILegacyPageDriver? legacy,
        ILogger logger, TimeProvider? time = null)
    {
        _routes = routes ?? throw new ArgumentNullException(nameof(routes));
        _host = host ?? throw new ArgumentNullException(nameof(host));
        _natives = natives ?? throw new ArgumentNullException(nameof(natives));
        _legacy = legacy;
        _log = (logger ?? throw new ArgumentNullException(nameof(logger))).ForContext<Router>();
        _time = time ?? TimeProvider.System;
        CheckRoutes();
    }

    /// <summary>The page on top of the stack, or null before the first navigation.</summary>
    public NavigationEntry? Current => _stack.Count == 0 ? null : _stack[^1];

    /// <summary>The navigation stack, bottom first.</summary>
    public IReadOnlyList<NavigationEntry> Stack => _stack;

    /// <summary>Every rollback of this run, oldest first.</summary>
    public IReadOnlyList<RollbackRecord> Rollbacks => _rollbacks;

    /// <summary>The route table the router navigates.</summary>
    public RouteTable Routes => _routes;

    /// <summary>Raised after a page became the current one (navigate, back or a rollback remount).</summary>
    public event Action<NavigationEntry>? Navigated;

    /// <summary>The path a page runs on when navigated to now: the one <see cref="SwitchPath"/> chose, else its fallback
    /// after a rollback, else its live path.</summary>
    public PagePath PathOf(string page) =>
        _chosen.TryGetValue(page, out var chosen) ? chosen : _rolledBack.TryGetValue(page, out var path) ? path : _routes.Get(page).Live;

    /// <summary>True when <paramref name="page"/> can run on <paramref name="path"/> in this app: native needs its page
    /// registered, legacy a legacy driver whose bundles register its legacy page, compare both; otherwise false with the
    /// reason.</summary>
    /// <exception cref="RouteException">The page does not exist.</exception>
    public bool CanRun(string page, PagePath path, [NotNullWhen(false)] out string? reason)
    {
        var route = _routes.Get(page);
        reason = path switch
        {
            PagePath.Native => NativeMissing(route),
            PagePath.Legacy => LegacyMissing(route),
            PagePath.Compare => NativeMissing(route) ?? LegacyMissing(route),
            _ => $"'{path}' is not a page path",
        };
        return reason is null;
    }

    /// <summary>Runs <paramref name="page"/> on <paramref name="path"/> from now on (a developer's choice while the app
    /// runs): when it is the page on screen it is mounted again on that path in place (params kept, focus back by
    /// testID); a covered instance is mounted on it when it comes back. A later rollback still applies.</summary>
    /// <exception cref="RouteException">The page does not exist or cannot run on that path (<see cref="CanRun"/>).</exception>
    public void SwitchPath(string page, PagePath path)
    {
        ThrowIfDisposed();
        if (!CanRun(page, path, out var reason))
        {
            throw new RouteException($"page '{page}' cannot run on {PagePaths.ToName(path)}: {reason}");
        }
        _chosen[page] = path;
        _log.Information("Page {Page} switched to {Path}", page, PagePaths.ToName(path));
        if (Current is { } current && current.Page == page)
        {
            Run(() => RemountCurrent(current));
        }
    }

    /// <summary>True when the page was rolled back to its fallback during this run.</summary>
    public bool IsRolledBack(string page) => _rolledBack.ContainsKey(page);

    /// <summary>Navigates to the start page of the route table.</summary>
    public void Start(PageParams? parameters = null) => Navigate(_routes.Start, parameters);

    /// <inheritdoc/>
    public void Navigate(string page, PageParams? parameters = null)
    {
        ThrowIfDisposed();
        var route = _routes.Get(page);
        Run(() => Push(route, parameters ?? PageParams.Empty));
    }

    /// <inheritdoc/>
    /// <remarks>Requested during another navigation, it is queued and answers whether a page is below now.</remarks>
    public bool Back(PageParams? result = null)
    {
        ThrowIfDisposed();
        if (_busy)
        {
            _pending.Enqueue(() => Pop(result));
            return _stack.Count > 1;
        }
        var popped = false;
        Run(() => popped = Pop(result));
        return popped;
    }

    /// <summary>Switches a page to its fallback path for the rest of the run; remounts it when it is current.</summary>
    /// <remarks>The fallback is the manifest's, or else the legacy page when one exists and a legacy driver is
    /// present. A page with no fallback is logged and recorded with a null <see cref="RollbackRecord.To"/>.</remarks>
    public RollbackRecord Rollback(string page, string reason, Exception? exception = null)
    {
        ThrowIfDisposed();
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var route = _routes.Get(page);
        var record = Record(route, PathOf(page), reason, exception);
        if (record.To is not null && Current is { } current && current.Page == page)
        {
            Run(() => RemountCurrent(current));
        }
        return record;
    }

    /// <summary>Mounts the native pages on the stack again, because their code changed (.NET hot reload): the page on
    /// screen at once and in place (params kept, focus back by testID), a covered one when it comes back. Returns how
    /// many entries run native code (the compare path's shown page included).</summary>
    public int RemountNative()
    {
        ThrowIfDisposed();
        var count = 0;
        foreach (var entry in _stack)
        {
            if (entry.ShownPath == PagePath.Native)
            {
                entry.Stale = true;
                count++;
            }
        }
        if (Current is { Stale: true } current)
        {
            Run(() => RemountCurrent(current));
        }
        return count;
    }

    /// <summary>Unmounts every page on the stack, top first.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _pending.Clear();
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            Unmount(_stack[i]);
        }
        _stack.Clear();
    }

    private void Push(PageRoute route, PageParams parameters)
    {
        var previous = Current;
        if (previous is not null)
        {
            previous.SavedFocus = previous.Instance.FocusedTestId;
        }
        var entry = new NavigationEntry(route, parameters);
        Mount(entry);
        _host.Swap(previous?.Root, entry.Root, SwapReason.Forward);
        _stack.Add(entry);
        _log.Information("Navigated to {Page} on {Path} (depth {Depth})", entry.Page, PagePaths.ToName(entry.Path), _stack.Count);
        Navigated?.Invoke(entry);
    }

    private bool Pop(PageParams? result)
    {
        if (_stack.Count <= 1)
        {
            return false;
        }
        var top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        var below = _stack[^1];
        if (below.Path != PathOf(below.Page) || below.Stale)
        {
            // Rolled back, switched or its code changed while covered: mount it again hidden, then drop the old instance.
            var old = Snapshot(below);
            Mount(below);
            Unmount(old);
        }
        _host.Swap(top.Root, below.Root, SwapReason.Back);
        try
        {
            if (result is not null)
            {
                below.Instance.ReceiveResult(result);
            }
            RestoreFocus(below, below.SavedFocus);
        }
        finally
        {
            _host.Retire(top.Root, () => Unmount(top));
        }
        _log.Information("Back to {Page} on {Path} (depth {Depth})", below.Page, PagePaths.ToName(below.Path), _stack.Count);
        Navigated?.Invoke(below);
        return true;
    }

    private void RemountCurrent(NavigationEntry entry)
    {
        if (Current != entry || (entry.Path == PathOf(entry.Page) && !entry.Stale))
        {
            return;
        }
        var focus = entry.Instance.FocusedTestId;
        var old = Snapshot(entry);
        Mount(entry);
        _host.Swap(old.Root, entry.Root, SwapReason.Replace);
        try
        {
            RestoreFocus(entry, focus);
        }
        finally
        {
            Unmount(old);
        }
        Navigated?.Invoke(entry);
    }

    private void RestoreFocus(NavigationEntry entry, string? testId)
    {
        if (testId is not null && !entry.Instance.RestoreFocus(testId))
        {
            _log.Debug("Page {Page} has no node {TestId} to restore focus to", entry.Page, testId);
        }
    }

    private void Run(Action operation)
    {
        if (_busy)
        {
            _pending.Enqueue(operation);
            return;
        }
        _busy = true;
        try
        {
            operation();
            while (_pending.TryDequeue(out var next))
            {
                next();
            }
        }
        catch
        {
            _pending.Clear();
            throw;
        }
        finally
        {
            _busy = false;
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
