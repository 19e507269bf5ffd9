using System.Text.Json;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>The migration manifest: start page, default JS engine, legacy bundles and the pages.</summary>
/// <remarks>Format (keys kept exactly so users' files keep working):
/// <c>{"start": "home", "design": [1280, 720], "engine": "v8", "bundles": ["legacy-js/dist/app.js"], "pages": {"home": {"native": "Home",
/// "legacy": "home", "live": "native", "fallback": "legacy", "budget": {"p99Ms": 16.7}, "pixels": {"maxShare": 0.001, "channel": 8}}}}</c>.
/// Bundle paths are relative to the manifest file.</remarks>
public sealed class Manifest
{
    private readonly Dictionary<string, ManifestPage> _pages;

    internal Manifest(string path, string start, JsEngineKind engine, IReadOnlyList<string> bundles,
        Dictionary<string, ManifestPage> pages, ScreenSize? design = null)
    {
        Path = path;
        Start = start;
        Design = design;
        Engine = engine;
        Bundles = bundles;
        _pages = pages;
    }

    /// <summary>The absolute path of the manifest file.</summary>
    public string Path { get; }

    /// <summary>The page the app opens on.</summary>
    public string Start { get; }

    /// <summary>The size pages are designed at (layout units); the engine scales it uniformly to the output size. Null: pages
    /// are laid out at the output size itself.</summary>
    public ScreenSize? Design { get; }

    /// <summary>The JS engine for legacy pages, unless the command line overrides it.</summary>
    public JsEngineKind Engine { get; }

    /// <summary>The absolute paths of the legacy bundles, in load order.</summary>
    public IReadOnlyList<string> Bundles { get; }

    /// <summary>The pages in file order.</summary>
    public IReadOnlyCollection<ManifestPage> Pages => _pages.Values;

    /// <summary>True when no page ever runs a legacy implementation, so the app needs no JS engine.</summary>
    public bool IsNativeOnly => _pages.Values.All(p => p.Live == PagePath.Native && p.Fallback is null or PagePath.Native);

    /// <summary>Reads and validates a manifest; every error is reported at once, each naming page and key.</summary>
    /// <param name="path">The manifest file.</param>
    /// <param name="natives">When given, every "native" name must be one of these registered page names.</param>
    /// <param name="legacyPageExists">When given, every "legacy" name must be registered by a bundle.</param>
    /// <exception cref="MigrationFileException">The file is missing, not JSON or has errors.</exception>
    public static Manifest Load(string path, IReadOnlyCollection<string>? natives = null, Func<string, bool>? legacyPageExists = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        return Parse(File.ReadAllText(full), full, natives, legacyPageExists);
    }

    /// <summary>Validates manifest text as if read from <paramref name="path"/> (bundles resolve beside it).</summary>
    /// <exception cref="MigrationFileException">The text is not JSON or has errors.</exception>
    public static Manifest Parse(string json, string path, IReadOnlyCollection<string>? natives = null,
        Func<string, bool>? legacyPageExists = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        JsonDocument document;
        try
        {
            document = JsonValues.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new MigrationFileException(full, [$"not valid JSON: {ex.Message}"]);
        }
        using (document)
        {
            var reader = new ManifestReader(full, natives, legacyPageExists);
            var manifest = reader.Read(document.RootElement);
            if (reader.Errors.Count > 0 || manifest is null)
            {
                throw new MigrationFileException(full, reader.Errors);
            }
            return manifest;
        }
    }

    /// <summary>Finds a page by name.</summary>
    public bool TryGetPage(string name, out ManifestPage page) => _pages.TryGetValue(name, out page!);

    /// <summary>Gets a page, throwing <see cref="KeyNotFoundException"/> naming it and the manifest when absent.</summary>
    public ManifestPage GetPage(string name) =>
        _pages.TryGetValue(name, out var page)
            ? page
            : throw new KeyNotFoundException($"{Path}: no page '{name}' (pages: {string.Join(", ", _pages.Keys)})");

    /// <summary>The same manifest with another engine, as the --engine option asks.</summary>
    public Manifest WithEngine(JsEngineKind engine) => new(Path, Start, engine, Bundles, _pages, Design);

    /// <summary>The router's view of the pages.</summary>
    public RouteTable ToRouteTable() => new(Start, _pages.Values.Select(p => p.ToRoute()));
}
