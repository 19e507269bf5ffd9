using System.Text.Json;

namespace Bridge.App.Tests.Demo;

public sealed class DemoManifestTests
{
    private static readonly string[] PageNames = ["home", "details", "search", "settings", "player"];

    private static JsonElement Load() => JsonDocument.Parse(File.ReadAllText(DemoFiles.Manifest)).RootElement;

    [Fact]
    public void Manifest_starts_at_home_on_v8_and_names_the_demo_bundle_relative_to_itself()
    {
        var m = Load();
        Assert.Equal("home", m.GetProperty("start").GetString());
        Assert.Equal("v8", m.GetProperty("engine").GetString());
        var bundle = Assert.Single(m.GetProperty("bundles").EnumerateArray()).GetString()!;
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(DemoFiles.Manifest)!, bundle));
        Assert.Equal(Path.Combine(DemoFiles.AppFolder, "legacy", "demo.js"), resolved);
    }

    [Fact]
    public void Manifest_declares_every_page_with_its_live_path()
    {
        var pages = Load().GetProperty("pages");
        Assert.Equal(PageNames.Order(), pages.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("native", Live(pages, "home"));
        Assert.Equal("compare", Live(pages, "details"));
        Assert.Equal("legacy", Live(pages, "search"));
        Assert.Equal("legacy", Live(pages, "settings"));
        Assert.Equal("legacy", Live(pages, "player"));
        Assert.Equal("legacy", pages.GetProperty("home").GetProperty("fallback").GetString());
    }

    [Fact]
    public void Every_page_has_a_legacy_version_and_home_details_search_a_native_one()
    {
        var pages = Load().GetProperty("pages");
        foreach (var name in PageNames)
        {
            Assert.Equal(name, pages.GetProperty(name).GetProperty("legacy").GetString());
        }
        Assert.Equal("Home", pages.GetProperty("home").GetProperty("native").GetString());
        Assert.Equal("Details", pages.GetProperty("details").GetProperty("native").GetString());
        Assert.Equal("Search", pages.GetProperty("search").GetProperty("native").GetString());
    }

    [Fact]
    public void Every_legacy_page_of_the_manifest_is_registered_by_the_entry_file()
    {
        var app = File.ReadAllText(Path.Combine(DemoFiles.LegacyDemo, "app.jsx"));
        foreach (var name in PageNames)
        {
            Assert.Contains($"registerPage('{name}'", app);
        }
    }

    private static string? Live(JsonElement pages, string page) => pages.GetProperty(page).GetProperty("live").GetString();
}
