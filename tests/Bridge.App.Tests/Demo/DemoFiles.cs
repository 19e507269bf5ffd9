namespace Bridge.App.Tests.Demo;

/// <summary>Locates the demo's files in the repository, as CI sees them.</summary>
internal static class DemoFiles
{
    public static string Root
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Bridge.sln")))
                {
                    return d.FullName;
                }
            }
            throw new DirectoryNotFoundException($"no Bridge.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>The demo app's program folder: its manifest and scripts.</summary>
    public static string AppFolder => Path.Combine(Root, "bridge", "Bridge.Demo");

    public static string Manifest => Path.Combine(AppFolder, "manifest.json");

    public static string Script => Path.Combine(AppFolder, "script.json");

    public static string LegacyDemo => Path.Combine(Root, "legacy-js", "demo");

    public static string LegacyEntry => Path.Combine(LegacyDemo, "app.jsx");
}
