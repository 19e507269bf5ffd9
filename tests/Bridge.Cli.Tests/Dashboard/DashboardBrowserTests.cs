using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Bridge.Cli.Tests.Dashboard;

/// <summary>The demo's migration dashboard, made by the real program (compare of every migrated page, a run, status
/// --html), opened in headless Chromium at 1400 px: every manifest page has its row, every image loads, nothing
/// overflows and no axis labels overlap.</summary>
public sealed class DashboardBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Compared = ["home", "details", "search"];
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-dashboard-").FullName;

    [Fact]
    public async Task Demo_dashboard_has_a_row_per_manifest_page_with_verdicts_and_loaded_images()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: scripts/setup installs Debian's chromium");
        var demo = Path.Combine(BridgeProcess.RepositoryRoot, "bridge", "Bridge.Demo");
        var manifestJson = JsonNode.Parse(File.ReadAllText(Path.Combine(demo, "manifest.json")))!;
        manifestJson["bundles"] = new JsonArray(BridgeProcess.DemoBundle);
        var manifest = Write("manifest.json", manifestJson.ToJsonString());
        var pages = manifestJson["pages"]!.AsObject().Select(p => p.Key).ToList();
        var results = Path.Combine(_dir, "out");
        foreach (var page in Compared)
        {
            var (code, output) = BridgeProcess.Run("compare", "--manifest", manifest, "--page", page, "--script",
                Path.Combine(demo, $"compare-{page}.json"), "--out", Path.Combine(results, "compare-" + page), "--pace", "unpaced", "--no-warmup", "--latency-keys", "20");
            Assert.True(code == 0, output);
        }
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"key": "right", "repeat": 3}, {"navigate": "settings"},
              {"idle": true}, {"key": "down", "repeat": 2}, {"navigate": "player"}, {"idle": true}, {"key": "select"}, {"idle": true}]}
            """);
        var run = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", results, "--backend", "null", "--pace", "unpaced");
        Assert.True(run.ExitCode == 0, run.Output);
        var dashboard = Path.Combine(_dir, "dashboard.html");
        var status = BridgeProcess.Run("status", "--manifest", manifest, "--results", results, "--html", dashboard);
        Assert.True(status.ExitCode == 0, status.Output);
        Assert.Contains("since the run before", status.Output);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(new Uri(dashboard).AbsoluteUri);
        await tab.WaitForLoadStateAsync(LoadState.Load);
        var screenshot = Path.Combine(results, "dashboard.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        TestArtifacts.Keep(screenshot);
        var table = Path.Combine(results, "dashboard-table.png");
        await tab.Locator("table.pages").ScreenshotAsync(new LocatorScreenshotOptions { Path = table });
        TestArtifacts.Keep(table);

        var rows = await tab.EvalOnSelectorAllAsync<string[]>("tr.page-row", "rows => rows.map(r => r.dataset.page)");
        Assert.Equal(pages, rows);
        foreach (var page in Compared)
        {
            var verdict = await tab.InnerTextAsync($"tr.page-row[data-page=\"{page}\"] td.verdict");
            Assert.Matches("^(ready-to-retire-legacy|keep-legacy)", verdict);
        }
        Assert.StartsWith("legacy only", await tab.InnerTextAsync("tr.page-row[data-page=\"player\"] td.verdict"));
        // Two screenshots per compared page, each as native, legacy and difference.
        var images = await tab.EvalOnSelectorAllAsync<int[]>("img", "images => images.map(i => i.complete ? i.naturalWidth : 0)");
        Assert.Equal(Compared.Length * 2 * 3, images.Length);
        Assert.All(images, width => Assert.Equal(1280, width));
        Assert.True(await tab.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the dashboard is wider than 1400 px");
        var overflowing = await tab.EvalOnSelectorAllAsync<string[]>("table.pages th, table.pages td",
            "cells => cells.filter(c => c.scrollWidth > c.clientWidth).map(c => c.innerText)");
        Assert.True(overflowing.Length == 0, "cells wider than their column: " + string.Join(" | ", overflowing));
        var overlaps = await tab.EvaluateAsync<string[]>(OverlappingLabels);
        Assert.True(overlaps.Length == 0, string.Join("\n", overlaps));
        Assert.All(requests, url => Assert.StartsWith("file:", url, StringComparison.Ordinal));

        // report.html of the run opens with the same dashboard.
        await tab.GotoAsync(new Uri(Path.Combine(results, "report.html")).AbsoluteUri);
        Assert.Equal(pages, await tab.EvalOnSelectorAllAsync<string[]>("#migration-dashboard tr.page-row", "rows => rows.map(r => r.dataset.page)"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Pairs of SVG text labels whose boxes intersect, in any chart of the page.
    private const string OverlappingLabels = """
        () => {
          const found = [];
          for (const svg of document.querySelectorAll('svg')) {
            const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, ra] = boxes[i], [b, rb] = boxes[j];
                if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) found.push(`"${a}" overlaps "${b}"`);
              }
          }
          return found;
        }
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
