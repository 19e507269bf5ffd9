namespace Bridge.App.Posters;

/// <summary>Where the demo's generated assets live and how an <c>asset://</c> address maps to a file.</summary>
public static class AssetPaths
{
    /// <summary>The scheme of the addresses pages use for generated assets.</summary>
    public const string Scheme = "asset://";

    /// <summary>The repository root: the nearest folder above <paramref name="start"/> holding <c>Bridge.sln</c>.</summary>
    public static string RepositoryRoot(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        for (var d = dir; d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Bridge.sln")))
            {
                return d.FullName;
            }
        }
        throw new DirectoryNotFoundException($"no folder above '{dir.FullName}' holds Bridge.sln; run from inside the repository");
    }

    /// <summary>The default asset cache, <c>&lt;repository&gt;/.cache/assets</c> (git-ignored).</summary>
    public static string DefaultCacheRoot() => Path.Combine(RepositoryRoot(), ".cache", "assets");

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
