using System.Text.Json;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Routing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Host.Tests;

/// <summary>An app whose every page is native runs with no JS engine in the process: retiring the legacy side is deleting a reference.</summary>
public sealed class NativeOnlyAppTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-host-").FullName;

    [Fact]
    public void Native_only_manifest_runs_a_script_without_any_js_engine()
    {
        var manifest = Write("manifest.json", """
            {"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}, "info": {"native": "Info", "live": "native"}}}
            """);
        var script = Write("script.json", """
            {"size": [320, 200], "steps": [{"navigate": "menu"}, {"idle": true}, {"key": "down", "repeat": 2}, {"key": "select"},
             {"idle": true}, {"dump": "info"}, {"key": "back"}, {"idle": true}, {"dump": "menu-again"}]}
            """);
        var pages = new NativePages()
            .Add("Menu", page => View(testId: "menu")
            [
                Item("one", () => { }),
                Item("two", () => page.Navigator.Navigate("info", PageParams.Of("from", "two")))
            ])
            .Add("Info", page => View(testId: "info")[Text("from " + page.Params.Get<string>("from"), testId: "from")], "from");
        var loaded = Manifest.Load(manifest, pages.Names);
        Assert.True(loaded.IsNativeOnly);
        using var host = Start(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir), pages, loaded);

        var runner = new ScriptRunner(host, Path.Combine(_dir, "out"), Serilog.Core.Logger.None);
        runner.Run(Script.Load(script));

        var info = Bridge.Migration.TreeDumpFile.Load(Path.Combine(_dir, "out", "info.tree.json"));
        Assert.Equal("from two", Find(info, "from")!.Text);
        var menu = Bridge.Migration.TreeDumpFile.Load(Path.Combine(_dir, "out", "menu-again.tree.json"));
        Assert.True(Find(menu, "two")!.Focused, "focus is restored to the item that opened the page");
        var accounting = runner.Latency.Account();
        Assert.Equal(4, accounting.Events);
        Assert.Empty(accounting.Missing);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name is "Jint" or "ClearScript.Core" or "ClearScript.V8");
    }

    [Fact]
    public void A_stepped_run_waits_in_virtual_time_a_frame_period_at_a_time()
    {
        var manifest = Write("manifest.json", """
            {"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}
            """);
        var script = Write("script.json", """
            {"size": [320, 200], "steps": [{"navigate": "menu"}, {"idle": true}, {"wait": 500}]}
            """);
        var pages = new NativePages().Add("Menu", page => View(testId: "menu")[Item("one", () => { })]);
        using var host = Start(new HostOptions(new ScreenSize(320, 200), "stepped", "null", _dir), pages, Manifest.Load(manifest, pages.Names));
        var clock = Assert.IsType<Bridge.Engine.Frame.SteppedClock>(host.Loop.Clock);

        var runner = new ScriptRunner(host, Path.Combine(_dir, "out"), Serilog.Core.Logger.None);
        runner.Run(Script.Load(script));
        var afterIdle = clock.Steps;
        runner.Run(Script.Parse("""{"size": [320, 200], "steps": [{"wait": 500}]}""", "wait"));

        // 500 ms at 60 Hz is 30 frames (31 when the period's ticks round down), however long each took on this machine.
        var frames = (long)Math.Ceiling(0.5 * clock.Frequency / clock.Period);
        Assert.InRange(frames, 30, 31);
        Assert.Equal(frames, clock.Steps - afterIdle);
    }

    [Fact]
    public void Page_transitions_slide_both_pages_and_hide_or_unmount_the_one_that_left_when_its_motion_ends()
    {
        var options = new HostOptions(new ScreenSize(320, 200), "vsync", "null", _dir)
        {
            PageTransition = HostOptions.ParsePageTransition("slide"),
            PageTransitionMs = 600,
        };
        var pages = new NativePages()
            .Add("Menu", _ => View(testId: "menu")[Item("one", () => { })])
            .Add("Info", _ => View(testId: "info")[Item("two", () => { })]);
        var manifest = Write("manifest.json", """
            {"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}, "info": {"native": "Info", "live": "native"}}}
            """);
        using var host = Start(options, pages, Manifest.Load(manifest, pages.Names));
        host.Router.Navigate("menu");
        host.Loop.RunUntilIdle();
        var menuRoot = host.Pages.Shown;

        host.Router.Navigate("info");
        host.RunFrame();
        var infoRoot = host.Pages.Shown;
        Assert.NotEqual(menuRoot, infoRoot);
        var incoming = host.World.Get<Engine.Systems.Motion>(infoRoot);
        var outgoing = host.World.Get<Engine.Systems.Motion>(menuRoot);
        Assert.InRange(incoming.TranslateX, 1, 320);
        Assert.Equal(incoming.TranslateX - 320, outgoing.TranslateX, 2);
        Assert.NotEqual(Layout.Display.None, host.World.Get<Engine.Widgets.LayoutHandle>(menuRoot).Node.Style.Display);
        Assert.True(host.Loop.HasPendingWork, "a running transition is pending work, so idle waits for it");

        host.Loop.RunUntilIdle();
        Assert.Equal(0, host.World.Get<Engine.Systems.Motion>(infoRoot).TranslateX);
        Assert.Equal(Layout.Display.None, host.World.Get<Engine.Widgets.LayoutHandle>(menuRoot).Node.Style.Display);

        // Back: the page that leaves slides out to the right and is unmounted only when its motion ends.
        Assert.True(host.Router.Back());
        for (var i = 0; i < 3; i++)
        {
            host.Loop.Clock.WaitForNextFrame();
            host.RunFrame();
        }
        Assert.Equal(menuRoot, host.Pages.Shown);
        Assert.True(host.World.IsAlive(infoRoot), "the page going away stays on screen during its motion");
        Assert.InRange(host.World.Get<Engine.Systems.Motion>(infoRoot).TranslateX, 1, 320);
        Assert.InRange(host.World.Get<Engine.Systems.Motion>(menuRoot).TranslateX, -320, -1);
        host.Loop.RunUntilIdle();
        Assert.False(host.World.IsAlive(infoRoot));
        Assert.Equal(0, host.World.Get<Engine.Systems.Motion>(menuRoot).TranslateX);
        Assert.Throws<ArgumentException>(() => HostOptions.ParsePageTransition("spin"));
    }

    [Fact]
    public void A_held_key_moves_focus_on_the_press_and_then_only_as_fast_as_the_repeat_throttle_allows()
    {
        var manifest = Write("manifest.json", """{"start": "row", "pages": {"row": {"native": "Row", "live": "native"}}}""");
        var script = Write("script.json", """
            {"size": [320, 200], "steps": [{"navigate": "row"}, {"idle": true}, {"key": "right"}, {"key": "right", "hold": 700}, {"dump": "held"}]}
            """);
        var pages = new NativePages().Add("Row", _ => View(testId: "row", style: new() { FlexDirection = "row" })[
            Enumerable.Range(0, 30).Select(i => (Node)View(testId: $"i{i}", focusable: true, style: new() { Width = 10, Height = 10 })).ToArray()]);
        using var host = Start(new HostOptions(new ScreenSize(320, 200), "vsync", "null", _dir), pages, Manifest.Load(manifest, pages.Names));

        var runner = new ScriptRunner(host, Path.Combine(_dir, "out"), Serilog.Core.Logger.None);
        runner.Run(Script.Load(script));

        // 13 auto-repeats in 700 ms; the throttle lets through about one at 250 ms and one every 120 ms after.
        var focused = Find(Bridge.Migration.TreeDumpFile.Load(Path.Combine(_dir, "out", "held.tree.json")), n => n.Focused)!.TestId!;
        var index = int.Parse(focused[1..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(index, 2, 7);
        Assert.InRange(host.Loop.Input.Throttled, 7, 13);
        Assert.Empty(runner.Latency.Account().Missing);
    }

    [Fact]
    public void The_host_references_no_js_engine()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<System.Reflection.AssemblyName>();
        pending.Push(typeof(AppHost).Assembly.GetName());
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name.Name!) || !name.Name!.StartsWith("Bridge.", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var reference in System.Reflection.Assembly.Load(name).GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }
        Assert.Contains("Bridge.Engine", seen);
        Assert.DoesNotContain(seen, n => n.Contains("Jint", StringComparison.Ordinal) || n.Contains("ClearScript", StringComparison.Ordinal) || n == "Bridge.Legacy");
    }

    [Fact]
    public void A_manifest_naming_an_unregistered_native_page_fails_before_anything_starts_and_lists_the_registered_ones()
    {
        var manifest = Manifest.Load(Write("manifest.json", """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}"""));
        var pages = new NativePages().Add("Home", _ => View()).Add("Details", _ => View());

        var error = Assert.Throws<AppStartException>(() => Start(new HostOptions(new ScreenSize(320, 200), "unpaced", "gles", _dir), pages, manifest));

        Assert.Equal($"{manifest.Path}: pages.menu.native: no native page registered as \"Menu\" (registered: Details, Home); "
            + "register it with builder.Pages.Add<T>() or fix the name", error.Message);
    }

    [Fact]
    public void A_manifest_with_a_legacy_page_needs_the_legacy_side_and_says_how_to_add_it()
    {
        File.WriteAllText(Path.Combine(_dir, "b.js"), "");
        var manifest = Manifest.Load(Write("manifest.json", """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native", "fallback": "legacy", "legacy": "menu"}}, "bundles": ["b.js"]}"""));

        var error = Assert.Throws<AppStartException>(() => Start(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir),
            new NativePages().Add("Menu", _ => View()), manifest));

        Assert.Contains("pages.menu runs a legacy page but the app has no JS engine", error.Message);
        Assert.Contains("builder.AddLegacyPages()", error.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ElementNode Item(string id, Action press) =>
        View(testId: id, focusable: true, onPress: press, style: new() { Width = 100, Height = 30 });

    private static AppHost Start(HostOptions options, NativePages pages, Manifest manifest) =>
        AppHost.Create(options, new ServiceCollection().BuildServiceProvider(), pages, manifest, Serilog.Core.Logger.None);

    private static TreeNode? Find(TreeNode node, Func<TreeNode, bool> match) =>
        match(node) ? node : node.Children.Select(c => Find(c, match)).FirstOrDefault(n => n is not null);

    private static TreeNode? Find(TreeNode node, string testId)
    {
        if (node.TestId == testId)
        {
            return node;
        }
        return node.Children.Select(c => Find(c, testId)).FirstOrDefault(n => n is not null);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
