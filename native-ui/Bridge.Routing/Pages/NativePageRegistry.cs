namespace Bridge.Routing;

/// <summary>Builds a native page into a root.</summary>
public delegate IPageInstance NativePageFactory(IPageRoot root, PageContext context);

/// <summary>The C# pages of the app by name; no JS anywhere.</summary>
public sealed class NativePageRegistry
{
    private readonly Dictionary<string, NativePageFactory> _factories = new(StringComparer.Ordinal);

    /// <summary>The registered page names.</summary>
    public IReadOnlyCollection<string> Names => _factories.Keys;

    /// <summary>Registers a page factory; a name can be registered once.</summary>
    public NativePageRegistry Register(string name, NativePageFactory factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(name, factory))
        {
            throw new ArgumentException($"native page '{name}' is already registered", nameof(name));
        }
        return this;
    }

    /// <summary>True when a page is registered under this name.</summary>
    public bool Contains(string name) => _factories.ContainsKey(name);

    /// <summary>Finds the factory of a page.</summary>
    public bool TryGet(string name, out NativePageFactory factory) => _factories.TryGetValue(name, out factory!);

    /// <summary>Gets the factory of a page, throwing <see cref="RouteException"/> naming the page when absent.</summary>
    public NativePageFactory Get(string name) =>
        _factories.TryGetValue(name, out var factory)
            ? factory
            : throw new RouteException($"no native page registered as '{name}' (registered: {string.Join(", ", _factories.Keys.Order())})");
}
