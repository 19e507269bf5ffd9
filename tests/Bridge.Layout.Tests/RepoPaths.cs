namespace Bridge.Layout.Tests;

/// <summary>Finds files of the shared folder beside the repository (../shared from the root holding Bridge.sln).</summary>
internal static class RepoPaths
{
    public static string Shared(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Bridge.sln"))) dir = dir.Parent;
        if (dir == null) throw new DirectoryNotFoundException($"no Bridge.sln above {AppContext.BaseDirectory}");
        return Path.Combine([dir.FullName, "..", "shared", .. parts]);
    }

    public static string YogaCases => Shared("conformance", "layout", "yoga-cases.json");
}
