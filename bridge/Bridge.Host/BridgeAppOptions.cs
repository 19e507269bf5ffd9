namespace Bridge.Host;

/// <summary>Where an app's files are and what it runs when the command line does not say.</summary>
/// <remarks>Relative paths resolve under <see cref="ContentRoot"/>, the folder of the app's program by default, where its
/// build puts the manifest, scripts and legacy bundles.</remarks>
public sealed class BridgeAppOptions
{
    /// <summary>The app's name, shown in the program's help.</summary>
    public string Name { get; set; } = "bridge";

    /// <summary>The folder relative paths resolve under.</summary>
    public string ContentRoot { get; set; } = AppContext.BaseDirectory;

    /// <summary>The migration manifest (default <c>manifest.json</c>).</summary>
    public string Manifest { get; set; } = "manifest.json";

    /// <summary>The input script <c>run</c> plays by default (default <c>script.json</c>).</summary>
    public string Script { get; set; } = "script.json";

    /// <summary>The folder <c>asset://</c> image sources resolve under (default <c>assets</c>).</summary>
    public string AssetsRoot { get; set; } = "assets";

    /// <summary>A path made absolute against <see cref="ContentRoot"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(ContentRoot, path));
}
