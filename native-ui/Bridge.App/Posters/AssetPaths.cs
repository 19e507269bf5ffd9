namespace Bridge.App.Posters;

/// <summary>How an <c>asset://</c> address maps to a file of the asset folder.</summary>
public static class AssetPaths
{
    /// <summary>The scheme of the addresses pages use for generated assets.</summary>
    public const string Scheme = "asset://";

    /// <summary>The file an <c>asset://</c> address names inside a cache folder; throws for another scheme or a path leaving the cache.</summary>
    public static string Resolve(string address, string cacheRoot)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{address}' is not an {Scheme} address", nameof(address));
        }
        var relative = address[Scheme.Length..];
        var root = Path.GetFullPath(cacheRoot);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (relative.Length == 0 || !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{address}' does not name a file inside the asset cache", nameof(address));
        }
        return full;
    }
}
