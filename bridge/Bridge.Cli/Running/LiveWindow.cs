using System.Text.Json;
using Bridge.Host;
using Bridge.Migration;
using Serilog;

namespace Bridge.Cli.Running;

/// <summary>The <c>--window</c> part of a run: a display is there, the start page when no script is played, then the live
/// loop until the window closes or the program is asked to end, and what was on screen at the end.</summary>
internal static class LiveWindow
{
    /// <summary>The name of the screenshot and tree dump of the last frame (<c>window.png</c>, <c>window.tree.json</c>).</summary>
    public const string FinalCapture = "window";

    /// <summary>Throws the one-line user mistake when there is no display to open a window on.</summary>
    /// <exception cref="AppStartException">Neither DISPLAY nor WAYLAND_DISPLAY is set.</exception>
    public static void CheckDisplay()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            throw new AppStartException("--window needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set "
                + "(run it in a desktop session, or under xvfb-run; without --window, run plays the script headless)");
        }
    }

    /// <summary>A script that only opens the manifest's start page, for a window run without <c>--script</c>.</summary>
    public static Script StartScript(Manifest manifest) =>
        Script.Parse($$"""{"steps": [{"navigate": {{JsonSerializer.Serialize(manifest.Start)}}}, {"idle": true}]}""", "the start page");

    /// <summary>Runs the host live until <paramref name="stop"/> (the window closed, SIGINT or SIGTERM), then writes the
    /// last frame and its tree as <see cref="FinalCapture"/>.</summary>
    public static void Run(AppHost host, ScriptRunner runner, CancellationToken stop, TextWriter progress, ILogger log)
    {
        progress.WriteLine("live: the keyboard is the remote (arrows, Enter = select, Backspace/Escape = back); close the window or press Ctrl-C to end");
        var window = host.Window!;
        var live = new LiveLoop(host) { WaitForInput = window.WaitEvents, NeedsFrame = () => window.NeedsRedraw };
        live.Run(stop);
        log.Information("Live session ended after {Frames} frames", live.Frames);
        if (host.Router.Current is not null)
        {
            runner.Capture(FinalCapture);
        }
    }
}
