using Bridge.Host;
using Bridge.Migration;
using Bridge.Pages;
using Bridge.Schema;
using Microsoft.Extensions.DependencyInjection;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Host.Tests;

/// <summary>The live loop: keys from another thread go through the host's input queue, move focus and are measured; with
/// nothing to do the loop waits for input instead of running frames.</summary>
public sealed class LiveLoopTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-live-").FullName;

    [Fact]
    public void A_key_from_another_thread_moves_focus_is_measured_and_idle_time_waits_for_input()
    {
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}""");
        var pages = new NativePages().Add("Menu", _ => View(testId: "menu")[Item("one"), Item("two")]);
        using var host = AppHost.Create(new HostOptions(new ScreenSize(320, 200), "vsync", "null", _dir),
            new ServiceCollection().BuildServiceProvider(), pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
        host.Router.Start();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var waits = 0;
        var sent = false;
        var loop = new LiveLoop(host)
        {
            WaitForInput = wait =>
            {
                // Called on the loop's thread only when no work is pending: the page is mounted and settled.
                waits++;
                if (!sent)
                {
                    sent = true;
                    // The first down focuses the first item (nothing is focused yet), the second moves to the next.
                    Task.Run(() =>
                    {
                        host.Input.Enqueue(KeyName.Down);
                        host.Input.Enqueue(KeyName.Down);
                    });
                }
                else if (host.Latency.Recorder.Account() is { Events: 2, Presented: 2 })
                {
                    stop.Cancel();
                }
                Thread.Sleep(wait);
            },
        };

        loop.Run(stop.Token);

        Assert.Equal(2, host.Latency.Recorder.Account().Presented);
        Assert.Equal("two", TestIdOf(host, host.World.Focused));
        Assert.InRange(loop.Frames, 2, 1000);
        Assert.True(waits >= 2);
    }

    [Fact]
    public void An_output_that_needs_a_frame_gets_one_though_the_app_is_idle()
    {
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """{"start": "menu", "pages": {"menu": {"native": "Menu", "live": "native"}}}""");
        var pages = new NativePages().Add("Menu", _ => View(testId: "menu")[Item("one")]);
        using var host = AppHost.Create(new HostOptions(new ScreenSize(320, 200), "unpaced", "null", _dir),
            new ServiceCollection().BuildServiceProvider(), pages, Manifest.Load(manifest, pages.Names), Serilog.Core.Logger.None);
        host.Router.Start();
        host.Loop.RunUntilIdle();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var redraws = 3;
        var loop = new LiveLoop(host)
        {
            NeedsFrame = () => redraws-- > 0,
            WaitForInput = _ => stop.Cancel(),
        };

        loop.Run(stop.Token);

        Assert.Equal(3, loop.Frames);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Engine.Compose.ElementNode Item(string id) =>
        View(testId: id, focusable: true, onPress: () => { }, style: new() { Width = 100, Height = 30 });

    private static string? TestIdOf(AppHost host, Engine.Ecs.Entity e) =>
        host.World.Ecs.TryGet<Engine.Widgets.TestId>(e, out var id) ? id.Value : null;
}
