using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.App;
using Bridge.Legacy.Engines;
using Bridge.Migration;
using Bridge.Legacy.Hosting;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>Reloading rebuilt legacy code: the runtime is replaced by one running the new bundle and the mounted pages come
/// back in place, running the new code, with their params and the node they had focused, on both engines.</summary>
public sealed class ReloadTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly LogCollector _logs = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-reload-").FullName;

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void Reload_remounts_a_page_with_the_new_code_its_params_and_focus(string engine)
    {
        var v1 = Build("v1");
        var v2 = Build("v2");
        using var js = engine == "jint"
            ? (ILegacyEngine)new JintLegacyEngine([v1], new LegacyEngineOptions { Logger = _logs.Logger })
            : new V8LegacyEngine([v1], new LegacyEngineOptions { Logger = _logs.Logger });
        using var host = new PagesHost(js, _logs);
        var page = host.Mount("reloadable", new Dictionary<string, object?> { ["label"] = "kept" });
        host.RunUntil(() => host.Has(page, "reload-b"), s_timeout, "first mount");
        host.Focus(page, "reload-b");
        Assert.Equal("v1 kept", host.TextOf(page, "reload-title"));

        Assert.True(host.Driver.Reload([v2]));
        host.RunUntil(() => host.TextOf(page, "reload-title") == "v2 kept" && host.Focused == "reload-b", s_timeout, "the reload");

        Assert.Equal(1, js.Stats.Restarts);
        // A reload is no fault of the page.
        Assert.Empty(host.Driver.Faults);
        // The new runtime runs the page: a later reload back to the first build works the same way.
        Assert.True(host.Driver.Reload([v1]));
        host.RunUntil(() => host.TextOf(page, "reload-title") == "v1 kept" && host.Focused == "reload-b", s_timeout, "the second reload");
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public void A_bundle_that_throws_while_loading_fails_the_load_check_and_leaves_the_running_side_alone(string engine)
    {
        Build("v1");
        var good = Path.Combine(_dir, "v1", "reload.js");
        var throwing = Path.Combine(_dir, "throws.js");
        File.WriteAllText(throwing, File.ReadAllText(good) + "\nthrow new Error('broken at load');\n");
        using var side = LegacySide.Start([LegacyBundle.FromFile(good)], engine == "jint" ? JsEngineKind.Jint : JsEngineKind.V8,
            new LegacyEngineOptions { Logger = _logs.Logger }, new UiWorld(new TextSystem()), _logs.Logger);

        Assert.Null(side.CheckLoads([good]));
        Assert.Contains("broken at load", side.CheckLoads([throwing]));
        Assert.Contains("missing.js", side.CheckLoads([Path.Combine(_dir, "missing.js")]));
        Assert.Equal(0, side.Engine.Stats.Restarts);
        Assert.Null(side.Engine.Fault);
        Assert.True(side.HasPage("reloadable"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // The fixture page with its VERSION constant set, built with scripts/build-legacy.
    private LegacyBundle Build(string version)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Bridge.Legacy.Tests", "fixtures", "reload", "reload.jsx"));
        var entry = Path.Combine(_dir, version, "reload.jsx");
        Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
        File.WriteAllText(entry, source.Replace("const VERSION = 'v1';", $"const VERSION = '{version}';", StringComparison.Ordinal));
        return FixtureBundle.Build(entry, Path.Combine(_dir, version, "reload.js"));
    }
}
