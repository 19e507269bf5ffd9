using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Bridge.Cli.Tests.Serve;

/// <summary><c>bridge serve --watch</c> in a browser: editing a legacy page's source reloads the page in place (the
/// inspector's tree shows the new text, the navigation stack is kept), and a build error shows a banner while the last good
/// build keeps running.</summary>
public sealed class ServeWatchTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private static readonly PageWaitForFunctionOptions Reload = new() { Timeout = 30_000 };
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-serve-watch-").FullName;

    [Fact]
    public async Task Editing_a_legacy_source_reloads_its_page_in_place_and_a_build_error_shows_a_banner()
    {
        RunningBridge? bridge = null;
        try
        {
            await EditAndWatch(b => bridge = b);
        }
        catch (Exception e) when (bridge is not null)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\nbridge output:\n{bridge.Output}", e);
        }
    }

    private async Task EditAndWatch(Action<RunningBridge> started)
    {
        var source = Path.Combine(_dir, "pages", "watched.jsx");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        // The page's title ends with a suffix from a second bundle, watched too: plain code after the pages' bundle (a later
        // bundle with its own copy of bridge-host could not register pages).
        File.WriteAllText(source, File.ReadAllText(Path.Combine(BridgeProcess.RepositoryRoot, "tests", "Bridge.Cli.Tests", "fixtures", "watched.jsx"))
            .Replace("{'Hello v1 ' + params.id}", "{'Hello v1 ' + params.id + (globalThis.watchedSuffix ?? '')}", StringComparison.Ordinal));
        var suffixSource = Path.Combine(_dir, "lib", "suffix.mjs");
        Directory.CreateDirectory(Path.GetDirectoryName(suffixSource)!);
        File.WriteAllText(suffixSource, "globalThis.watchedSuffix = ' one';\n");
        var suffixBundle = Path.Combine(_dir, "out", "suffix.js");
        Directory.CreateDirectory(Path.GetDirectoryName(suffixBundle)!);
        File.Copy(BridgeProcess.BuildBundle(suffixSource, $"suffix-{Guid.NewGuid():N}.js"), suffixBundle);
        // The bundle lives in the watched folder: the watcher must not take its own output for a change.
        var bundle = Path.Combine(_dir, "pages", "watched.js");
        File.Copy(BridgeProcess.BuildBundle(source, $"watched-{Guid.NewGuid():N}.js"), bundle);
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, new JsonObject
        {
            ["start"] = "home",
            ["design"] = new JsonArray(1280, 720),
            ["engine"] = "v8",
            ["bundles"] = new JsonArray(bundle, suffixBundle),
            ["pages"] = new JsonObject
            {
                ["home"] = new JsonObject { ["native"] = "Home", ["live"] = "native" },
                ["player"] = new JsonObject { ["legacy"] = "player", ["live"] = "legacy" },
            },
        }.ToJsonString());

        using var bridge = BridgeProcess.Start("serve", "--manifest", manifest, "--port", "0", "--watch", source, "--watch", suffixSource);
        started(bridge);
        await bridge.WaitForOutput("(Ctrl-C to stop)", Wait);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ServeBrowserTests.LaunchChromium(playwright);
        var tab = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1800, Height = 1000 } });
        await tab.GotoAsync(ServeBrowserTests.PreviewUrlOf(bridge.Output) + "?inspect");
        await tab.WaitForFunctionAsync("() => document.body.dataset.page === 'home' && document.body.dataset.focused");
        // Home's first button opens the legacy player page over it.
        await tab.Keyboard.PressAsync("Enter");
        await tab.WaitForFunctionAsync(TitleIs("Hello v1 "));
        Assert.Equal("player", await tab.InnerTextAsync("#page"));
        var depth = await tab.InnerTextAsync("#depth");
        Assert.Equal("depth 2", depth);
        // The page starts with no focus; a key gives it to its first tile.
        await tab.Keyboard.PressAsync("ArrowRight");
        await tab.WaitForFunctionAsync("() => document.body.dataset.focused === 'watched-a'");

        File.WriteAllText(source, File.ReadAllText(source).Replace("'Hello v1 '", "'Hello v2 '", StringComparison.Ordinal));
        await tab.WaitForFunctionAsync(TitleIs("Hello v2 "), null, Reload);
        // The page came back in place: same page, same stack, its param (the title's id), and focus on the node it had.
        await tab.WaitForFunctionAsync("() => document.body.dataset.focused === 'watched-a'");
        Assert.Equal("player", await tab.InnerTextAsync("#page"));
        Assert.Equal(depth, await tab.InnerTextAsync("#depth"));
        Assert.Equal("ok", await tab.EvaluateAsync<string>("() => document.body.dataset.build"));
        Assert.False(await tab.IsVisibleAsync("#build"));

        // The second watched entry rebuilds its own bundle; the reload runs both, in the manifest's order.
        Assert.True(await tab.EvaluateAsync<bool>(TitleEndsWith(" one")));
        File.WriteAllText(suffixSource, "globalThis.watchedSuffix = ' two';\n");
        await tab.WaitForFunctionAsync(TitleEndsWith(" two"), null, Reload);
        Assert.True(await tab.EvaluateAsync<bool>(TitleIs("Hello v2 ")));
        Assert.Equal(depth, await tab.InnerTextAsync("#depth"));

        var good = File.ReadAllText(source);
        File.WriteAllText(source, good.Replace("function Player({ params }) {", "function Player({ params }) {{", StringComparison.Ordinal));
        await tab.WaitForFunctionAsync("() => document.body.dataset.build === 'failed'", null, Reload);
        Assert.True(await tab.IsVisibleAsync("#build"));
        Assert.Contains("watched.jsx", await tab.InnerTextAsync("#build-message"));
        // The last good build still runs: a key reaches its page's JS and is answered.
        var keys = await tab.Locator("#latency li").CountAsync();
        await tab.Keyboard.PressAsync("ArrowRight");
        await tab.WaitForFunctionAsync("n => document.querySelectorAll('#latency li').length > n", keys);
        Assert.StartsWith("right  player/legacy/v8", await tab.Locator("#latency li").First.TextContentAsync());
        Assert.True(await tab.EvaluateAsync<bool>(TitleIs("Hello v2 ")));
        Assert.Equal(depth, await tab.InnerTextAsync("#depth"));
        Assert.Contains("watch: the build of", bridge.Output);

        // A bundle that builds but throws while it loads is a failed reload too: the banner says so, the last good build runs.
        File.WriteAllText(source, good.Replace("function Player({ params }) {", "throw new Error('broken at load');\nfunction Player({ params }) {", StringComparison.Ordinal));
        await tab.WaitForFunctionAsync("() => document.getElementById('build-message').textContent.includes('does not load')", null, Reload);
        Assert.True(await tab.IsVisibleAsync("#build"));
        Assert.Contains("broken at load", await tab.InnerTextAsync("#build-message"));
        keys = await tab.Locator("#latency li").CountAsync();
        await tab.Keyboard.PressAsync("ArrowLeft");
        await tab.WaitForFunctionAsync("n => document.querySelectorAll('#latency li').length > n", keys);
        Assert.StartsWith("left   player/legacy/v8", await tab.Locator("#latency li").First.TextContentAsync());
        Assert.True(await tab.EvaluateAsync<bool>(TitleIs("Hello v2 ")));
        Assert.Equal(depth, await tab.InnerTextAsync("#depth"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // True once the title node in the inspector's tree shows a text that ends with the given one.
    private static string TitleEndsWith(string suffix) =>
        $"() => (document.querySelector('#tree [data-testid=\"watched-title\"] .txt')?.textContent ?? '').endsWith('{suffix}\"')";

    // True once the title node in the inspector's tree shows a text that starts with the given one.
    private static string TitleIs(string prefix) =>
        $"() => (document.querySelector('#tree [data-testid=\"watched-title\"] .txt')?.textContent ?? '').startsWith('\"{prefix}')";
}
