using Bridge.Host;
using Bridge.Legacy;
using Bridge.Migration;
using Bridge.Reactive;
using Bridge.Routing;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests.Faults;

/// <summary>An effect that throws outside an error boundary rolls back the native page it belongs to, not the page on screen.</summary>
public sealed class EffectRollbackTests : IDisposable
{
    private static readonly Lazy<string> s_bundle = new(() => BridgeProcess.BuildBundle("tests/Bridge.Cli.Tests/fixtures/navigation.jsx", "navigation.js"));
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-rollback-").FullName;

    [Fact]
    public void An_effect_of_a_covered_page_that_throws_rolls_back_that_page_and_leaves_the_page_on_screen()
    {
        var boom = R.Signal(false);
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.Add("Covered", _ =>
        {
            R.Effect(() =>
            {
                if (boom.Value)
                {
                    throw new InvalidOperationException("the covered page's effect failed");
                }
            });
            return View(testId: "covered", focusable: true);
        });
        builder.Pages.Add("Top", _ => View(testId: "top", focusable: true));
        builder.AddLegacyPages();
        using var app = builder.Build();
        var manifest = Path.Combine(_dir, "manifest.json");
        var pages = """
            "pages": {"covered": {"native": "Covered", "legacy": "navcase", "live": "native", "fallback": "legacy"},
                      "top": {"native": "Top", "legacy": "navcase", "live": "native", "fallback": "legacy"}}
            """;
        File.WriteAllText(manifest, "{\"start\": \"covered\", \"bundles\": [" + System.Text.Json.JsonSerializer.Serialize(s_bundle.Value) + "], " + pages + "}");
        using var host = AppHost.Create(new HostOptions(new ScreenSize(640, 360), "unpaced", "null", _dir), app.Services, app.Pages,
            Manifest.Load(manifest, app.Pages.Names), Serilog.Core.Logger.None);
        host.Router.Navigate("covered");
        host.Router.Navigate("top");
        host.Loop.RunUntilIdle();

        boom.Value = true;
        host.RunFrame();

        var rollback = Assert.Single(host.Router.Rollbacks);
        Assert.Equal("covered", rollback.Page);
        Assert.Contains("the covered page's effect failed", rollback.Reason);
        Assert.False(host.Router.IsRolledBack("top"));
        Assert.Equal(PagePath.Native, host.Router.Current!.ShownPath);
        Assert.Equal("top", host.Router.Current.Page);
        // Going back shows the covered page on its fallback.
        host.Router.Back();
        Assert.Equal(PagePath.Legacy, host.Router.Current!.Path);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
