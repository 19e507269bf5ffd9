using System.Text.RegularExpressions;
using Bridge.App.Tests.Pages;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Routing;

namespace Bridge.App.Tests.Demo;

/// <summary>The demo's manifest and script pass the migration tooling's own validation, against the real pages.</summary>
public sealed partial class MigrationValidationTests(LegacyBundleFixture bundle) : IClassFixture<LegacyBundleFixture>
{
    [GeneratedRegex(@"registerPage\('([a-z]+)'")]
    private static partial Regex RegisterPage();

    [Fact]
    public void Manifest_validates_against_the_registered_native_pages_and_the_built_bundle()
    {
        // Lay the manifest and the freshly built bundle out as in the demo program's folder, so the bundle path resolves.
        var root = Path.Combine(Path.GetTempPath(), "bridge-manifest-" + Guid.NewGuid().ToString("N"));
        var manifestPath = Path.Combine(root, "manifest.json");
        var bundlePath = Path.Combine(root, "legacy", "demo.js");
        Directory.CreateDirectory(Path.GetDirectoryName(bundlePath)!);
        File.Copy(bundle.Bundle, bundlePath);
        try
        {
            var natives = new NativePages().AddDemoPages().Names;
            var legacyPages = RegisterPage().Matches(File.ReadAllText(DemoFiles.LegacyEntry)).Select(m => m.Groups[1].Value).ToHashSet();

            var manifest = Manifest.Parse(File.ReadAllText(DemoFiles.Manifest), manifestPath, natives, legacyPages.Contains);

            Assert.Equal("home", manifest.Start);
            Assert.Equal(5, manifest.Pages.Count);
            Assert.Equal(PagePath.Native, manifest.GetPage("home").Live);
            Assert.Equal(Path.GetFullPath(bundlePath), Path.GetFullPath(Assert.Single(manifest.Bundles)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Script_validates_and_presses_every_kind_of_key()
    {
        var script = Script.Load(DemoFiles.Script);
        Assert.Equal(new ScreenSize(1280, 720), script.Size);
        var keys = script.Steps.OfType<KeyStep>().Select(k => k.Key).ToHashSet();
        Assert.Equal(Enum.GetValues<Bridge.Schema.KeyName>().ToHashSet(), keys);
        Assert.Contains(script.Steps.OfType<NavigateStep>(), n => n.Page == "player" && n.Params.Get<string>("id") == "t001");
        Assert.True(script.KeyEventCount > 50, $"{script.KeyEventCount} key events");
    }

    [Fact]
    public void Every_script_of_the_demo_folder_validates()
    {
        var folder = DemoFiles.AppFolder;
        var scripts = Directory.EnumerateFiles(folder, "*.json").Where(f => Path.GetFileName(f) != "manifest.json").ToList();
        Assert.Contains(scripts, f => Path.GetFileName(f) == "script.json");
        foreach (var file in scripts)
        {
            Assert.NotEmpty(Script.Load(file).Steps);
        }
    }
}
