using System.Text.Json;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>Reads a manifest document, collecting every error with the key path it concerns.</summary>
internal sealed class ManifestReader(string path, IReadOnlyCollection<string>? natives, Func<string, bool>? legacyPageExists)
{
    private static readonly string[] RootKeys = ["start", "design", "engine", "bundles", "pages"];
    private static readonly string[] PageKeys = ["native", "legacy", "live", "fallback", "budget", "pixels"];

    public List<string> Errors { get; } = [];

    public Manifest? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"the manifest must be an object, found {JsonValues.Describe(root.ValueKind)}");
            return null;
        }
        RejectUnknownKeys(root, RootKeys, "");
        var engine = ReadEngine(root);
        var design = ReadDesign(root);
        var bundles = ReadBundles(root);
        var pages = ReadPages(root, bundles.Count > 0);
        var start = ReadString(root, "start", "start", required: true);
        var names = PageNames(root);
        if (start is not null && !names.Contains(start))
        {
            Errors.Add($"start: \"{start}\" names no page (pages: {string.Join(", ", names)})");
        }
        return start is null ? null : new Manifest(path, start, engine, bundles, pages, design);
    }

    private static List<string> PageNames(JsonElement root) =>
        root.TryGetProperty("pages", out var pages) && pages.ValueKind == JsonValueKind.Object
            ? pages.EnumerateObject().Select(p => p.Name).ToList()
            : [];

    private ScreenSize? ReadDesign(JsonElement root)
    {
        if (!root.TryGetProperty("design", out var design))
        {
            return null;
        }
        if (design.ValueKind == JsonValueKind.Array && design.GetArrayLength() == 2
            && design[0].TryGetInt32(out var w) && design[1].TryGetInt32(out var h) && w > 0 && h > 0 && w <= 16384 && h <= 16384)
        {
            return new ScreenSize(w, h);
        }
        Errors.Add($"design: must be [width, height] in positive integer units (at most 16384), found {design.GetRawText()}");
        return null;
    }

    private JsEngineKind ReadEngine(JsonElement root)
    {
        var name = ReadString(root, "engine", "engine", required: false);
        if (name is null)
        {
            return JsEngineKind.V8;
        }
        if (!JsEngineKinds.TryParse(name, out var engine))
        {
            Errors.Add($"engine: \"{name}\" is not an engine (expected \"v8\" or \"jint\")");
        }
        return engine == default ? JsEngineKind.V8 : engine;
    }

    private List<string> ReadBundles(JsonElement root)
    {
        var bundles = new List<string>();
        if (!root.TryGetProperty("bundles", out var array))
        {
            return bundles;
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            Errors.Add($"bundles: must be an array of file paths, found {JsonValues.Describe(array.ValueKind)}");
            return bundles;
        }
        var directory = Path.GetDirectoryName(path)!;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                Errors.Add($"bundles[{index}]: must be a file path, found {JsonValues.Describe(item.ValueKind)}");
            }
            else
            {
                var file = Path.GetFullPath(Path.Combine(directory, item.GetString()!));
                if (!File.Exists(file))
                {
                    Errors.Add($"bundles[{index}]: file not found: {file} (build the legacy pages first: `dotnet build` builds an app's "
                        + "BridgeLegacyBundle items; in the Bridge repository, scripts/build-legacy ENTRY OUT)");
                }
                bundles.Add(file);
            }
            index++;
        }
        return bundles;
    }

    private Dictionary<string, ManifestPage> ReadPages(JsonElement root, bool hasBundles)
    {
        var pages = new Dictionary<string, ManifestPage>(StringComparer.Ordinal);
        if (!root.TryGetProperty("pages", out var object_))
        {
            Errors.Add("pages: missing (an object of page name to implementations)");
            return pages;
        }
        if (object_.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"pages: must be an object, found {JsonValues.Describe(object_.ValueKind)}");
            return pages;
        }
        foreach (var property in object_.EnumerateObject())
        {
            if (ReadPage(property.Name, property.Value, hasBundles) is { } page)
            {
                pages[page.Name] = page;
            }
        }
        if (pages.Count == 0 && Errors.Count == 0)
        {
            Errors.Add("pages: lists no page");
        }
        return pages;
    }

    private ManifestPage? ReadPage(string name, JsonElement page, bool hasBundles)
    {
        var at = $"pages.{name}";
        if (page.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"{at}: must be an object, found {JsonValues.Describe(page.ValueKind)}");
            return null;
        }
        var before = Errors.Count;
        RejectUnknownKeys(page, PageKeys, at + ".");
        var native = ReadString(page, "native", at + ".native", required: false);
        var legacy = ReadString(page, "legacy", at + ".legacy", required: false);
        if (native is null && legacy is null && Errors.Count == before)
        {
            Errors.Add($"{at}: has neither \"native\" nor \"legacy\"");
        }
        if (native is not null && natives is not null && !natives.Contains(native))
        {
            Errors.Add($"{at}.native: no native page registered as \"{native}\" (registered: {(natives.Count == 0 ? "none" : string.Join(", ", natives.Order()))})");
        }
        if (legacy is not null && !hasBundles)
        {
            Errors.Add($"{at}.legacy: \"{legacy}\" needs a bundle but \"bundles\" lists none");
        }
        else if (legacy is not null && legacyPageExists is not null && !legacyPageExists(legacy))
        {
            Errors.Add($"{at}.legacy: no bundle registers a page \"{legacy}\"");
        }
        var live = ReadPath(page, "live", at, native, legacy, required: true);
        var fallback = ReadPath(page, "fallback", at, native, legacy, required: false);
        if (fallback == PagePath.Compare)
        {
            Errors.Add($"{at}.fallback: \"compare\" is not a fallback (expected \"native\" or \"legacy\")");
        }
        else if (fallback is not null && fallback == live)
        {
            Errors.Add($"{at}.fallback: \"{PagePaths.ToName(fallback.Value)}\" is already the live path");
        }
        var budget = ReadBudget(page, at);
        var pixels = ReadPixels(page, at);
        return Errors.Count == before && live is not null
            ? new ManifestPage(name, native, legacy, live.Value, fallback, budget) { Pixels = pixels }
            : null;
    }

    private PagePath? ReadPath(JsonElement page, string key, string at, string? native, string? legacy, bool required)
    {
        var name = ReadString(page, key, $"{at}.{key}", required);
        if (name is null)
        {
            return null;
        }
        if (!PagePaths.TryParse(name, out var path))
        {
            Errors.Add($"{at}.{key}: \"{name}\" is not a path (expected \"native\", \"legacy\" or \"compare\")");
            return null;
        }
        if (native is null && legacy is null)
        {
            return path;
        }
        var ok = path switch
        {
            PagePath.Native => native is not null,
            PagePath.Legacy => legacy is not null,
            _ => native is not null && legacy is not null,
        };
        if (!ok)
        {
            Errors.Add(path == PagePath.Compare
                ? $"{at}.{key}: \"compare\" needs both \"native\" and \"legacy\""
                : $"{at}.{key}: \"{name}\" but the page has no \"{name}\" implementation");
        }
        return path;
    }

    private double? ReadBudget(JsonElement page, string at)
    {
        if (!page.TryGetProperty("budget", out var budget))
        {
            return null;
        }
        if (budget.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"{at}.budget: must be an object like {{\"p99Ms\": 16.7}}, found {JsonValues.Describe(budget.ValueKind)}");
            return null;
        }
        RejectUnknownKeys(budget, ["p99Ms"], at + ".budget.");
        if (!budget.TryGetProperty("p99Ms", out var p99))
        {
            Errors.Add($"{at}.budget.p99Ms: missing");
            return null;
        }
        if (p99.ValueKind != JsonValueKind.Number || p99.GetDouble() <= 0)
        {
            Errors.Add($"{at}.budget.p99Ms: must be a positive number of milliseconds, found {p99.GetRawText()}");
            return null;
        }
        return p99.GetDouble();
    }

    private PixelTolerance ReadPixels(JsonElement page, string at)
    {
        if (!page.TryGetProperty("pixels", out var pixels))
        {
            return PixelTolerance.Default;
        }
        if (pixels.ValueKind != JsonValueKind.Object)
        {
            Errors.Add($"{at}.pixels: must be an object like {{\"maxShare\": 0.001}}, found {JsonValues.Describe(pixels.ValueKind)}");
            return PixelTolerance.Default;
        }
        RejectUnknownKeys(pixels, ["maxShare", "channel"], at + ".pixels.");
        var share = PixelTolerance.DefaultMaxShare;
        if (pixels.TryGetProperty("maxShare", out var s))
        {
            if (s.ValueKind != JsonValueKind.Number || s.GetDouble() is < 0 or > 1)
            {
                Errors.Add($"{at}.pixels.maxShare: must be a share of the pixels from 0 to 1 (0.001 is 0.1 %), found {s.GetRawText()}");
            }
            else
            {
                share = s.GetDouble();
            }
        }
        var channel = PixelTolerance.DefaultChannel;
        if (pixels.TryGetProperty("channel", out var c))
        {
            if (c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out channel) || channel is < 0 or > 255)
            {
                Errors.Add($"{at}.pixels.channel: must be a whole number from 0 to 255, found {c.GetRawText()}");
                channel = PixelTolerance.DefaultChannel;
            }
        }
        return new PixelTolerance(share, channel);
    }

    private string? ReadString(JsonElement element, string key, string at, bool required)
    {
        if (!element.TryGetProperty(key, out var value))
        {
            if (required)
            {
                Errors.Add($"{at}: missing");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Errors.Add($"{at}: must be a non-empty string, found {value.GetRawText()}");
            return null;
        }
        return value.GetString();
    }

    private void RejectUnknownKeys(JsonElement element, string[] known, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Errors.Add($"{prefix}{property.Name}: unknown key (expected one of {string.Join(", ", known)})");
            }
        }
    }
}
