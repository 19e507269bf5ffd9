using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bridge.Cli.Tests.Serve;

/// <summary><c>bridge serve</c> on the demo, driven from its preview page in headless Chromium as a person would: keys
/// from the keyboard move focus and change page (seen in the inspector's tree and in the frames), two tabs watch one app,
/// bad socket messages are refused and logged, and closed tabs are forgotten.</summary>
public sealed partial class ServeBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-serve-").FullName;

    [Fact]
    public async Task Preview_drives_the_demo_and_its_inspector_follows_focus_and_page()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: scripts/setup installs Debian's chromium");
        using var bridge = BridgeProcess.Start("serve", "--manifest", DemoManifest(), "--port", "0");
        await bridge.WaitForOutput("(Ctrl-C to stop)", Wait);
        var url = PreviewUrl().Match(bridge.Output).Groups[1].Value;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromium(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1800, Height = 1000 } });
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(url + "?inspect");
        await tab.WaitForFunctionAsync("() => document.body.dataset.page === 'home' && document.body.dataset.focused && Number(document.getElementById('frame').dataset.frames) >= 1");
        var focusedFirst = await Focused(tab);
        var frameFirst = await tab.GetAttributeAsync("#frame", "src");

        await tab.Keyboard.PressAsync("ArrowRight");
        await tab.WaitForFunctionAsync("first => document.body.dataset.focused !== first", focusedFirst);
        await tab.Keyboard.PressAsync("ArrowRight");
        // The tree and the frames show the new focus: the inspector lists the focused node, the frame image was replaced.
        var focusedAfter = await Focused(tab);
        Assert.NotEqual(focusedFirst, focusedAfter);
        Assert.Equal(1, await tab.Locator("#tree .node.focused").CountAsync());
        await tab.WaitForFunctionAsync("first => document.getElementById('frame').getAttribute('src') !== first", frameFirst);

        await tab.Keyboard.PressAsync("Enter");
        await tab.WaitForFunctionAsync("() => document.body.dataset.page && document.body.dataset.page !== 'home'");
        await tab.WaitForFunctionAsync("() => document.querySelectorAll('#latency li').length >= 3");
        Assert.Equal("details", await tab.InnerTextAsync("#page"));
        var latency = await tab.EvalOnSelectorAllAsync<double[]>("#latency li", "items => items.map(i => Number(i.dataset.presentMs))");
        Assert.All(latency, ms => Assert.True(ms > 0, $"key → present {ms} ms"));
        await tab.WaitForFunctionAsync("() => document.querySelector('#tree [data-testid=\"details\"]')");
        // Details runs in compare: its legacy twin's batches show in the bus spy, decoded, with their verdict.
        await tab.WaitForFunctionAsync("() => document.querySelector('#bus .batch[data-page=\"details\"][data-status=\"applied\"]')");
        Assert.Matches(@"^v\d+ root=\d+ rev=\d+", await tab.Locator("#bus .batch[data-page='details'] pre").Last.TextContentAsync());

        // The path switch: details runs in compare (its verdict shown); switching it to native and to legacy remounts it in
        // place (same page, same stack); the other JS engine is offered but not runnable in this run, and says why.
        Assert.Equal("true", await tab.GetAttributeAsync("#paths button[data-path='compare']", "aria-pressed"));
        await tab.WaitForFunctionAsync("() => document.body.dataset.compare === 'matches' || document.body.dataset.compare === 'differs'");
        Assert.Matches(@"^compare: (native and legacy trees match \(\d+ nodes\)|\d+ of \d+/\d+ nodes differ; first at /)", await tab.InnerTextAsync("#compare"));
        Assert.True(await tab.IsDisabledAsync("#paths button[data-path='legacy-jint']"));
        Assert.Contains("--engine jint", await tab.GetAttributeAsync("#paths button[data-path='legacy-jint']", "title"));
        var depthBefore = await tab.InnerTextAsync("#depth");
        await tab.ClickAsync("#paths button[data-path='native']");
        await tab.WaitForFunctionAsync("() => document.body.dataset.path === 'native' && document.body.dataset.compare === ''");
        Assert.False(await tab.IsVisibleAsync("#compare"));
        await tab.ClickAsync("#paths button[data-path='legacy-v8']");
        await tab.WaitForFunctionAsync("() => document.body.dataset.path === 'legacy' && document.querySelector('#tree [data-testid=\"details\"]')");
        Assert.Equal("true", await tab.GetAttributeAsync("#paths button[data-path='legacy-v8']", "aria-pressed"));
        Assert.Equal(("details", depthBefore), (await tab.InnerTextAsync("#page"), await tab.InnerTextAsync("#depth")));
        await tab.ClickAsync("#paths button[data-path='compare']");
        await tab.WaitForFunctionAsync("() => document.body.dataset.path === 'compare' && document.body.dataset.compare !== ''");
        Assert.Contains("details switched to legacy", bridge.Output, StringComparison.OrdinalIgnoreCase);

        // A second tab watches the same app: it gets the last frame and the page on screen.
        var second = await context.NewPageAsync();
        await second.GotoAsync(url);
        await second.WaitForFunctionAsync("() => document.body.dataset.page === 'details' && Number(document.getElementById('frame').dataset.frames) >= 1");
        // ... and the compare verdict of the page on screen.
        await second.WaitForFunctionAsync("() => document.body.dataset.compare === 'matches' || document.body.dataset.compare === 'differs'");
        await second.Locator("button[data-key='back']").ClickAsync();
        await tab.WaitForFunctionAsync("() => document.body.dataset.page === 'home'");
        await second.CloseAsync();

        // The resource view: the home page's posters with their decoded and drawn sizes, the texture pages and the glyph atlas.
        await tab.ClickAsync(".tabs button[data-pane='resources']");
        await tab.WaitForFunctionAsync("() => document.querySelector('#resource-images tr[data-state=\"ready\"]') && document.getElementById('resource-pages').rows.length >= 3");
        Assert.True(await tab.IsVisibleAsync("#resources"));
        Assert.False(await tab.IsVisibleAsync("#bus"));
        Assert.Contains("glyph atlas", await tab.InnerTextAsync("#resource-pages"));
        Assert.Contains("image page", await tab.InnerTextAsync("#resource-pages"));
        var ready = tab.Locator("#resource-images tr[data-state='ready']").First;
        Assert.Matches(@"^\d+×\d+$", await ready.Locator("td").Nth(3).InnerTextAsync());
        Assert.Matches(@"^\d+×\d+$", await ready.Locator("td").Nth(4).InnerTextAsync());
        Assert.Matches(@"^[\d.]+ (KiB|MiB)", await ready.Locator("td").Nth(5).InnerTextAsync());
        Assert.Matches(@"^images [\d.]+ (KiB|MiB) of 128\.0 MiB budget", await tab.InnerTextAsync("#resources-summary"));

        // Hover a node once the tree is quiet: its box is outlined over the frame; the picture of that is the README's.
        await tab.WaitForFunctionAsync("() => Date.now() - Number(document.body.dataset.treeAt) > 1000", null, new PageWaitForFunctionOptions { PollingInterval = 200 });
        var node = tab.Locator("#tree .node.focused");
        await node.ScrollIntoViewIfNeededAsync();
        await node.HoverAsync();
        Assert.True(await tab.EvaluateAsync<bool>(OutlineDrawn), "hovering a tree node drew no outline over the frame");
        var shot = Path.Combine(_dir, "preview.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        TestArtifacts.Keep(shot);
        if (Environment.GetEnvironmentVariable("BRIDGE_UPDATE_DOCS") == "1")
        {
            File.Copy(shot, Path.Combine(BridgeProcess.RepositoryRoot, "docs", "preview.png"), overwrite: true);
        }

        // Bad messages: not JSON, an unknown key, and one past the size limit (which also closes that socket).
        var closeCode = await tab.EvaluateAsync<int>(BadMessages, url.Replace("http://", "ws://") + "ws");
        Assert.Equal(1009, closeCode);
        await tab.CloseAsync();
        await bridge.WaitForOutput("(0 open)", Wait);
        Assert.Contains("rejected a message: not JSON", bridge.Output);
        Assert.Contains("\"key\" must be one of up, down, left, right, select, back", bridge.Output);
        Assert.Contains("longer than 4096 bytes", bridge.Output);
        // Nothing from the network: the page, its socket and the frames' blob: URLs are the app's own.
        Assert.All(requests, r => Assert.StartsWith(url, r.Replace("blob:", "").Replace("ws://", "http://"), StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Debian's headless Chromium, as the preview tests drive it.</summary>
    internal static Task<IBrowser> LaunchChromium(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: scripts/setup installs Debian's chromium");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    internal static string PreviewUrlOf(string output) => PreviewUrl().Match(output).Groups[1].Value;

    [GeneratedRegex(@"preview at (http://\S+/)")]
    private static partial Regex PreviewUrl();

    private static Task<string> Focused(IPage tab) => tab.EvaluateAsync<string>("() => document.body.dataset.focused");

    private const string OutlineDrawn = """
        () => {
          const canvas = document.getElementById('overlay');
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
          return false;
        }
        """;

    private const string BadMessages = """
        url => new Promise(resolve => {
          const socket = new WebSocket(url);
          socket.onopen = () => {
            socket.send('not json');
            socket.send(JSON.stringify({ type: 'key', key: 'jump' }));
            socket.send(JSON.stringify({ type: 'key', key: 'x'.repeat(5000) }));
          };
          socket.onclose = event => resolve(event.code);
        })
        """;

    private string DemoManifest()
    {
        var demo = Path.Combine(BridgeProcess.RepositoryRoot, "bridge", "Bridge.Demo");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(demo, "manifest.json")))!;
        manifest["bundles"] = new JsonArray(BridgeProcess.DemoBundle);
        var path = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(path, manifest.ToJsonString());
        return path;
    }
}
