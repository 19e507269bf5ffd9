using Bridge.Routing;

namespace Bridge.Legacy.Data;

/// <summary>Routes each resource name to the handler registered for it.</summary>
public sealed class HostDataRouter : IHostDataService
{
    private readonly Dictionary<string, Func<object?, CancellationToken, ValueTask<object?>>> _handlers = new(StringComparer.Ordinal);

    /// <summary>Registers the handler of a resource; a name can be registered once.</summary>
    public HostDataRouter Map(string resource, Func<object?, CancellationToken, ValueTask<object?>> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(resource, handler))
        {
            throw new ArgumentException($"data resource '{resource}' is already mapped", nameof(resource));
        }
        return this;
    }

    /// <summary>Registers a synchronous handler of a resource.</summary>
    public HostDataRouter Map(string resource, Func<object?, object?> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Map(resource, (p, _) => ValueTask.FromResult(handler(p)));
    }

    /// <summary>The resource names that have a handler.</summary>
    public IReadOnlyCollection<string> Resources => _handlers.Keys;

    /// <inheritdoc/>
    public ValueTask<object?> FetchAsync(string resource, object? parameters, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(resource, out var handler))
        {
            throw new UnknownResourceException(resource, _handlers.Keys);
        }
        return handler(parameters, cancellationToken);
    }
}

/// <summary>fetchData named a resource no handler serves.</summary>
public sealed class UnknownResourceException : Exception
{
    /// <summary>Creates the exception naming the resource and the known ones.</summary>
    public UnknownResourceException(string resource, IEnumerable<string> known)
        : base($"no data handler for resource '{resource}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})")
    {
        Resource = resource;
    }

    /// <summary>The resource that was asked for.</summary>
    public string Resource { get; }
}
