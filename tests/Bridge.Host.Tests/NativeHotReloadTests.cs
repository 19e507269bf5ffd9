using System.Reflection;
using System.Reflection.Metadata;
using Bridge.Engine.Compose;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Schema;
using Microsoft.Extensions.DependencyInjection;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Host.Tests;

/// <summary>.NET hot reload of native pages, through the handler the runtime finds on the assembly (as <c>dotnet watch</c>
/// calls it, from a thread of its own): the host mounts its native pages again on its next frame, in place.</summary>
/// <remarks>An update reaches every host of the process, so these tests run alone.</remarks>
[Collection(nameof(NativeHotReloadTests))]
public sealed class NativeHotReloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-hot-reload-").FullName;

    [Fact]
    public void A_code_update_mounts_the_native_pages_again_on_the_next_frame_keeping_stack_and_focus()
    {
        var (menuMounts, infoMounts) = (0, 0);
        var pages = new NativePages()
            .Add("Menu", page =>
            {
                menuMounts++;
                return View(testId: "menu")[Item("one", () => { }), Item("two", () => page.Navigator.Navigate("info"))];
            })
            .Add("Info", _ =>
            {
                infoMounts++;
                return View(testId: "info")[Item("three", () => { }), Item("four", () => { })];
            });
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """
            {"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}, "info": {"native": "Info", "live": "native"}}}
            """);
        using var host = AppHost.Create(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir), new ServiceCollection().BuildServiceProvider(),
            pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
        host.Router.Navigate("menu");
        host.Loop.RunUntilIdle();
        FocusByDown(host, "two");
        host.Input.Enqueue(KeyName.Select);
        host.Loop.RunUntilIdle();
        FocusByDown(host, "four");
        Assert.Equal(("info", "four"), (host.Router.Current!.Page, FocusedTestId(host)));
        var infoRoot = host.Pages.Shown;
        Assert.Equal((1, 1), (menuMounts, infoMounts));

        // The runtime's way in: the handler type named by the assembly's attribute, called on another thread.
        var handler = typeof(AppHost).Assembly.GetCustomAttributes<MetadataUpdateHandlerAttribute>().Single().HandlerType;
        var updates = NativeHotReload.Updates;
        var runtime = new Thread(() =>
        {
            handler.GetMethod("ClearCache")!.Invoke(null, [null]);
            handler.GetMethod("UpdateApplication")!.Invoke(null, [null]);
        });
        runtime.Start();
        runtime.Join();
        Assert.Equal(updates + 1, NativeHotReload.Updates);
        // Nothing is touched off the frame loop; the loop has work to do.
        Assert.Equal(1, infoMounts);
        Assert.True(host.NativeRemountPending);
        Assert.True(host.Loop.HasPendingWork);

        host.RunFrame();
        Assert.False(host.NativeRemountPending);
        Assert.Equal((1, 2), (menuMounts, infoMounts));
        Assert.NotEqual(infoRoot, host.Pages.Shown);
        host.Loop.RunUntilIdle();
        Assert.Equal(("info", 2, "four"), (host.Router.Current!.Page, host.Router.Stack.Count, FocusedTestId(host)));

        // The covered page runs the new code when it comes back, with the focus it had.
        host.Router.Back();
        host.Loop.RunUntilIdle();
        Assert.Equal((2, 2), (menuMounts, infoMounts));
        Assert.Equal(("menu", "two"), (host.Router.Current!.Page, FocusedTestId(host)));
    }

    [Fact]
    public void A_disposed_host_is_no_longer_asked()
    {
        var mounts = 0;
        var pages = new NativePages().Add("Menu", _ =>
        {
            mounts++;
            return View(testId: "menu")[Item("one", () => { })];
        });
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}""");
        var host = AppHost.Create(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir), new ServiceCollection().BuildServiceProvider(),
            pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
        host.Router.Navigate("menu");
        host.Loop.RunUntilIdle();
        host.Dispose();

        NativeHotReload.UpdateApplication(null);

        Assert.False(host.NativeRemountPending);
        Assert.Equal(1, mounts);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ElementNode Item(string id, Action press) =>
        View(testId: id, focusable: true, onPress: press, style: new() { Width = 100, Height = 30 });

    private static void FocusByDown(AppHost host, string testId)
    {
        for (var i = 0; i < 3 && FocusedTestId(host) != testId; i++)
        {
            host.Input.Enqueue(KeyName.Down);
            host.Loop.RunUntilIdle();
        }
    }

    private static string? FocusedTestId(AppHost host) =>
        host.World.Ecs.TryGet<Engine.Widgets.TestId>(host.World.Focused, out var id) ? id.Value : null;
}

[CollectionDefinition(nameof(NativeHotReloadTests), DisableParallelization = true)]
public sealed class NativeHotReloadCollection;
