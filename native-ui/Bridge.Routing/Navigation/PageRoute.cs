namespace Bridge.Routing;

/// <summary>One page of the app: its implementations, which one is live and what to fall back to.</summary>
/// <param name="Name">The page name used by navigate().</param>
/// <param name="Native">The registered C# page, or null when there is none.</param>
/// <param name="Legacy">The page registered by a bundle with registerPage, or null when there is none.</param>
/// <param name="Live">The path that runs when the page is navigated to.</param>
/// <param name="Fallback">The path used after a rollback, or null for none.</param>
/// <param name="BudgetP99Ms">The key-to-committed p99 budget; breaking it rolls the page back. Null for none.</param>
public sealed record PageRoute(string Name, string? Native, string? Legacy, PagePath Live, PagePath? Fallback = null,
    double? BudgetP99Ms = null)
{
    /// <summary>True when the given path can run with the implementations this page has.</summary>
    public bool Supports(PagePath path) => path switch
    {
        PagePath.Native => Native is not null,
        PagePath.Legacy => Legacy is not null,
        PagePath.Compare => Native is not null && Legacy is not null,
        _ => false,
    };
}

/// <summary>The pages of an app and the one it starts on.</summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, PageRoute> _routes = new(StringComparer.Ordinal);

    /// <summary>Builds a table, checking that every live and fallback path has its implementation.</summary>
    public RouteTable(string start, IEnumerable<PageRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var route in routes)
        {
            if (!route.Supports(route.Live))
            {
                throw new RouteException($"page '{route.Name}': live path '{PagePaths.ToName(route.Live)}' has no implementation");
            }
            if (route.Fallback is { } fallback && (fallback == PagePath.Compare || !route.Supports(fallback)))
            {
                throw new RouteException($"page '{route.Name}': fallback path '{PagePaths.ToName(fallback)}' has no implementation");
            }
            if (!_routes.TryAdd(route.Name, route))
            {
                throw new RouteException($"page '{route.Name}' is listed twice");
            }
        }
        if (!_routes.ContainsKey(start))
        {
            throw new RouteException($"start page '{start}' is not a page of the table");
        }
        Start = start;
    }

    /// <summary>The page the app opens on.</summary>
    public string Start { get; }

    /// <summary>Every route.</summary>
    public IReadOnlyCollection<PageRoute> Routes => _routes.Values;

    /// <summary>True when every live and fallback path is native, so the app needs no JS engine.</summary>
    public bool IsNativeOnly => _routes.Values.All(r => r.Live == PagePath.Native && r.Fallback is null or PagePath.Native);

    /// <summary>Finds a route by page name.</summary>
    public bool TryGet(string page, out PageRoute route) => _routes.TryGetValue(page, out route!);

    /// <summary>The same table with <paramref name="page"/> running on <paramref name="path"/> only, without a fallback
    /// (what compare and the latency bench measure one path with).</summary>
    public RouteTable WithOnly(string page, PagePath path) =>
        new(Start, _routes.Values.Select(r => r.Name == page ? r with { Live = path, Fallback = null } : r));

    /// <summary>Gets a route, throwing <see cref="RouteException"/> naming the page when it does not exist.</summary>
    public PageRoute Get(string page) =>
        _routes.TryGetValue(page, out var route)
            ? route
            : throw new RouteException($"unknown page '{page}' (pages: {string.Join(", ", _routes.Keys.Order())})");
}

/// <summary>A navigation or route table names a page, path or implementation that does not exist.</summary>
public sealed class RouteException(string message, Exception? inner = null) : Exception(message, inner);
