namespace Bridge.App.Data;

/// <summary>A data request named an unknown resource or carried a missing or malformed parameter.</summary>
public sealed class DataRequestException(string resource, string message)
    : Exception($"data request '{resource}': {message}")
{
    /// <summary>The resource that was requested.</summary>
    public string Resource { get; } = resource;
}
