using Bridge.App.Posters;

namespace Bridge.App.Tests.Demo;

/// <summary>Locates the demo's files in the repository, as CI sees them.</summary>
internal static class DemoFiles
{
    public static string Root => AssetPaths.RepositoryRoot();

    public static string Manifest => Path.Combine(Root, "native-ui", "Bridge.App", "demo", "manifest.json");

    public static string Script => Path.Combine(Root, "native-ui", "Bridge.App", "demo", "script.json");

    public static string LegacyDemo => Path.Combine(Root, "legacy-js", "demo");
}
