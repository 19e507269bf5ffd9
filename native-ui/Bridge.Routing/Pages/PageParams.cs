using System.Collections;
using System.Collections.ObjectModel;

namespace Bridge.Routing;

/// <summary>Immutable parameters passed to a page on navigation, or returned by a page on back.</summary>
/// <remarks>Values are JSON-shaped: string, double, long, bool, null, nested <see cref="PageParams"/> or lists.</remarks>
public sealed class PageParams : IReadOnlyDictionary<string, object?>
{
    private readonly ReadOnlyDictionary<string, object?> _values;

    /// <summary>Parameters with no entries.</summary>
    public static PageParams Empty { get; } = new(new Dictionary<string, object?>());

    private PageParams(Dictionary<string, object?> values) => _values = new ReadOnlyDictionary<string, object?>(values);

    /// <summary>Copies the given entries into new parameters.</summary>
    public static PageParams From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            copy[key] = value;
        }
        return copy.Count == 0 ? Empty : new PageParams(copy);
    }

    /// <summary>Builds parameters from one key and value.</summary>
    public static PageParams Of(string key, object? value) => From([new(key, value)]);

    /// <summary>Gets a value of the given type, throwing when it is missing or of another type.</summary>
    public T Get<T>(string key)
    {
        if (!_values.TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"page parameter '{key}' is missing (present: {string.Join(", ", _values.Keys)})");
        }
        if (value is T typed)
        {
            return typed;
        }
        throw new InvalidCastException($"page parameter '{key}' is {value?.GetType().Name ?? "null"}, expected {typeof(T).Name}");
    }

    /// <summary>Gets a value when present and of the given type.</summary>
    public bool TryGet<T>(string key, out T value)
    {
        if (_values.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    /// <inheritdoc/>
    public object? this[string key] => _values[key];

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _values.Values;

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", _values.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}
