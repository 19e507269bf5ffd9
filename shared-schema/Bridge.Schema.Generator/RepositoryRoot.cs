namespace Bridge.Schema.Generator;

/// <summary>Finds the repository root: the nearest folder upwards that holds <c>Bridge.sln</c>.</summary>
public static class RepositoryRoot
{
    /// <summary>The root above <paramref name="start"/> (default: the current directory).</summary>
    public static string Find(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bridge.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException(
            $"no Bridge.sln in '{start ?? Directory.GetCurrentDirectory()}' or any folder above it");
    }
}
