namespace Bridge.App.Data;

/// <summary>Answers a page's data requests (legacy <c>fetchData</c> or a native page) with plain JSON-like values.</summary>
/// <remarks>
/// Answers are built only from <see cref="Dictionary{TKey,TValue}"/> of string to value, <see cref="List{T}"/> of
/// values, strings, booleans, integers, doubles and null, so that they cross the bus as MessagePack maps and arrays.
/// </remarks>
public interface IDataService
{
    /// <summary>Fetches a resource; throws <see cref="DataRequestException"/> for an unknown resource or bad parameters.</summary>
    Task<object?> FetchAsync(string resource, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct);
}

/// <summary>A data request named an unknown resource or carried a missing or malformed parameter.</summary>
public sealed class DataRequestException(string resource, string message)
    : Exception($"data request '{resource}': {message}")
{
    /// <summary>The resource that was requested.</summary>
    public string Resource { get; } = resource;
}
