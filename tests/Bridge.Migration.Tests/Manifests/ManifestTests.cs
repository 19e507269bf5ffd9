using Bridge.Routing;

namespace Bridge.Migration.Tests.Manifests;

public sealed class ManifestTests : IDisposable
{
    private const string Example = """
        {"start": "home", "engine": "v8", "bundles": ["legacy-js/dist/app.js"],
         "pages": {"home":    {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy"},
                   "details": {"legacy": "details", "live": "legacy"},
                   "search":  {"native": "Search", "legacy": "search", "live": "compare", "budget": {"p99Ms": 16.7}}}}
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Example_of_the_issue_loads_with_bundles_resolved_beside_the_manifest()
    {
        var bundle = _dir.File("legacy-js/dist/app.js", "/* bundle */");
        var manifest = Manifest.Load(_dir.File("app/../manifest.json", Example));

        Assert.Equal("home", manifest.Start);
        Assert.Equal(JsEngineKind.V8, manifest.Engine);
        Assert.Equal([bundle], manifest.Bundles);
        Assert.Equal(["home", "details", "search"], manifest.Pages.Select(p => p.Name));
        var home = manifest.GetPage("home");
        Assert.Equal((PagePath.Native, (PagePath?)PagePath.Legacy), (home.Live, home.Fallback));
        Assert.Equal(16.7, manifest.GetPage("search").BudgetP99Ms);
        Assert.False(manifest.IsNativeOnly);
        Assert.Equal(PagePath.Compare, manifest.ToRouteTable().Get("search").Live);
    }

    [Fact]
    public void Pixel_tolerance_is_read_per_page_with_a_default_and_bad_values_are_named()
    {
        _dir.File("b.js", "/* bundle */");
        var manifest = Manifest.Load(_dir.File("manifest.json", """
            {"start": "home", "bundles": ["b.js"],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "compare", "pixels": {"maxShare": 0.02}},
                       "search": {"native": "Search", "legacy": "search", "live": "compare", "pixels": {"maxShare": 0, "channel": 0}},
                       "details": {"native": "Details", "legacy": "details", "live": "compare"}}}
            """));

        Assert.Equal(new PixelTolerance(0.02, PixelTolerance.DefaultChannel), manifest.GetPage("home").Pixels);
        Assert.Equal(new PixelTolerance(0, 0), manifest.GetPage("search").Pixels);
        Assert.Equal(PixelTolerance.Default, manifest.GetPage("details").Pixels);

        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Parse("""
            {"start": "home", "pages": {"home": {"native": "Home", "live": "native", "pixels": {"maxShare": 5, "channel": 300, "blur": 1}}}}
            """, _dir.Combine("bad.json")));
        Assert.Equal(
        [
            "pages.home.pixels.blur: unknown key (expected one of maxShare, channel)",
            "pages.home.pixels.maxShare: must be a share of the pixels from 0 to 1 (0.001 is 0.1 %), found 5",
            "pages.home.pixels.channel: must be a whole number from 0 to 255, found 300",
        ], ex.Errors);
    }

    [Fact]
    public void Every_error_is_reported_at_once_naming_page_and_key()
    {
        var path = _dir.File("manifest.json", """
            {"start": "main", "engine": "spidermonkey", "bundles": ["missing.js"],
             "pages": {"home":   {"native": "Home", "live": "native", "fallback": "legacy"},
                       "search": {"native": "Search", "live": "compare"},
                       "empty":  {"live": "native"},
                       "odd":    {"legacy": "odd", "live": "sideways", "colour": "red"}}}
            """);

        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Load(path));

        Assert.Equal(
        [
            "engine: \"spidermonkey\" is not an engine (expected \"v8\" or \"jint\")",
            $"bundles[0]: file not found: {_dir.Combine("missing.js")} (build the legacy pages first: `dotnet build` builds an app's "
                + "BridgeLegacyBundle items; in the Bridge repository, scripts/build-legacy ENTRY OUT)",
            "pages.home.fallback: \"legacy\" but the page has no \"legacy\" implementation",
            "pages.search.live: \"compare\" needs both \"native\" and \"legacy\"",
            "pages.empty: has neither \"native\" nor \"legacy\"",
            "pages.odd.colour: unknown key (expected one of native, legacy, live, fallback, budget, pixels)",
            "pages.odd.live: \"sideways\" is not a path (expected \"native\", \"legacy\" or \"compare\")",
            "start: \"main\" names no page (pages: home, search, empty, odd)",
        ], ex.Errors);
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Native_names_are_checked_against_the_registry_when_one_is_given()
    {
        _dir.File("legacy-js/dist/app.js", "");
        var natives = new NativePageRegistry().Register("Home", (_, _) => throw new InvalidOperationException());

        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Load(_dir.File("m.json", Example), natives.Names));

        Assert.Equal(["pages.search.native: no native page registered as \"Search\" (registered: Home)"], ex.Errors);
    }

    [Fact]
    public void Legacy_names_are_checked_against_the_bundles_pages_when_known()
    {
        _dir.File("legacy-js/dist/app.js", "");
        var registered = new HashSet<string> { "home", "search" };

        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Load(_dir.File("m.json", Example), null, registered.Contains));

        Assert.Equal(["pages.details.legacy: no bundle registers a page \"details\""], ex.Errors);
    }

    [Fact]
    public void Legacy_page_without_any_bundle_is_an_error()
    {
        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Parse(
            """{"start": "d", "pages": {"d": {"legacy": "details", "live": "legacy"}}}""", _dir.Combine("m.json")));
        Assert.Equal(["pages.d.legacy: \"details\" needs a bundle but \"bundles\" lists none"], ex.Errors);
    }

    [Fact]
    public void Native_only_manifest_needs_no_bundles_and_no_engine()
    {
        var manifest = Manifest.Parse("""{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""", _dir.Combine("m.json"));

        Assert.True(manifest.IsNativeOnly);
        Assert.Empty(manifest.Bundles);
        Assert.True(manifest.ToRouteTable().IsNativeOnly);
    }

    [Fact]
    public void Design_size_is_read_and_a_bad_one_is_named()
    {
        const string Pages = """ "pages": {"home": {"native": "Home", "live": "native"}} """;
        Assert.Null(Manifest.Parse($$"""{"start": "home", {{Pages}}}""", _dir.Combine("m.json")).Design);
        var manifest = Manifest.Parse($$"""{"start": "home", "design": [1920, 1080], {{Pages}}}""", _dir.Combine("m.json"));
        Assert.Equal(new ScreenSize(1920, 1080), manifest.Design);
        Assert.Equal(new ScreenSize(1920, 1080), manifest.WithEngine(JsEngineKind.Jint).Design);

        var ex = Assert.Throws<MigrationFileException>(() =>
            Manifest.Parse($$"""{"start": "home", "design": [1280, 0], {{Pages}}}""", _dir.Combine("m.json")));
        Assert.Equal(["design: must be [width, height] in positive integer units (at most 16384), found [1280, 0]"], ex.Errors);
    }

    [Fact]
    public void Budget_and_fallback_mistakes_name_their_keys()
    {
        _dir.File("a.js", "");
        var ex = Assert.Throws<MigrationFileException>(() => Manifest.Parse("""
            {"start": "h", "bundles": ["a.js"], "pages": {"h": {"native": "H", "legacy": "h", "live": "native",
             "fallback": "native", "budget": {"p99Ms": -1}}}}
            """, _dir.Combine("m.json")));
        Assert.Equal(
        [
            "pages.h.fallback: \"native\" is already the live path",
            "pages.h.budget.p99Ms: must be a positive number of milliseconds, found -1",
        ], ex.Errors);
    }

    [Fact]
    public void Missing_file_and_broken_json_are_reported_with_the_path()
    {
        var missing = _dir.Combine("nope.json");
        Assert.Equal(["file not found"], Assert.Throws<MigrationFileException>(() => Manifest.Load(missing)).Errors);
        var broken = Assert.Throws<MigrationFileException>(() => Manifest.Load(_dir.File("b.json", "{\"start\": ")));
        Assert.StartsWith("not valid JSON", Assert.Single(broken.Errors));
    }

    [Fact]
    public void Engine_can_be_overridden_as_the_command_line_does()
    {
        var manifest = Manifest.Parse("""{"start": "h", "engine": "jint", "pages": {"h": {"native": "H", "live": "native"}}}""",
            _dir.Combine("m.json"));
        Assert.Equal(JsEngineKind.Jint, manifest.Engine);
        Assert.Equal(JsEngineKind.V8, manifest.WithEngine(JsEngineKind.V8).Engine);
    }
}
