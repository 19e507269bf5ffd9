using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Bridge.Migration;

namespace Bridge.Cli.Tests.Window;

/// <summary><c>bridge run --window</c> on a real X server (Xvfb) with real key events (xdotool): the script plays in the
/// window, then the keyboard drives the app live through the one input path until the program is asked to end.</summary>
public sealed class WindowTests : IDisposable
{
    private const string NativeHome = """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""";
    private const string LiveLine = "live: the keyboard is the remote";
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-window-").FullName;

    [Fact]
    public async Task Keys_pressed_in_the_window_move_focus_change_its_pixels_and_are_measured_until_it_is_closed()
    {
        using var xvfb = Xvfb.Start();
        var manifest = Write("manifest.json", NativeHome);
        var script = Write("script.json", """
            {"size": [640, 360], "steps": [{"navigate": "home"}, {"idle": true}, {"screenshot": "start"}, {"dump": "start"}]}
            """);
        var outDir = Path.Combine(_dir, "out");
        var process = StartBridge(xvfb.Display, "run", "--window", "--manifest", manifest, "--script", script, "--out", outDir);
        using var bridge = new RunningBridge(process);
        await bridge.WaitForOutput(LiveLine, TimeSpan.FromSeconds(20));

        var window = FindWindow(xvfb.Display);
        var before = Tool("xwd", xvfb.Display, "-id", window, "-silent");
        Tool("xdotool", xvfb.Display, "key", "--delay", "150", "--window", window, "Down", "Right", "Right");
        // The X server's copy of the window changes once the keys were handled and the frame swapped in.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Tool("xwd", xvfb.Display, "-id", window, "-silent").AsSpan().SequenceEqual(before))
        {
            Assert.True(DateTime.UtcNow < deadline, "the window's pixels did not change after the keys:\n" + bridge.Output);
            await Task.Delay(100);
        }
        await Task.Delay(300);
        WindowManagerClose.Send(xvfb.Display, long.Parse(window));
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "bridge did not end after its window was closed:\n" + bridge.Output);
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{bridge.Output}");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var accounting = report.RootElement.GetProperty("accounting");
        Assert.Equal(3, accounting.GetProperty("events").GetInt32());
        Assert.Equal(3, accounting.GetProperty("presented").GetInt32());
        Assert.False(report.RootElement.GetProperty("interrupted").GetBoolean());
        var keys = report.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("key").GetString()!).ToArray();
        Assert.Equal<string[]>(["down", "right", "right"], keys);
        Assert.NotEqual(Focused(Path.Combine(outDir, "start.tree.json")), Focused(Path.Combine(outDir, "window.tree.json")));
        Assert.InRange(PixelDiff.Compare(Path.Combine(outDir, "start.png"), Path.Combine(outDir, "window.png")).DifferingPixels, 100, long.MaxValue);
    }

    [Fact]
    public async Task Without_a_script_the_window_opens_the_start_page_and_a_signal_ends_the_live_run_with_its_report()
    {
        using var xvfb = Xvfb.Start();
        var outDir = Path.Combine(_dir, "out");
        var process = StartBridge(xvfb.Display, "run", "--window", "--manifest", Write("manifest.json", NativeHome), "--out", outDir);
        using var bridge = new RunningBridge(process);
        await bridge.WaitForOutput(LiveLine, TimeSpan.FromSeconds(20));
        Tool("xdotool", xvfb.Display, "key", "--window", FindWindow(xvfb.Display), "Down");
        await Task.Delay(500);

        Process.Start("kill", $"-TERM {process.Id}")!.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "bridge did not end after SIGTERM:\n" + bridge.Output);
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}:\n{bridge.Output}");
        Assert.Contains("navigate home", bridge.Output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.Equal(1, report.RootElement.GetProperty("accounting").GetProperty("presented").GetInt32());
        Assert.NotNull(Focused(Path.Combine(outDir, "window.tree.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "window.png")));
    }

    [Theory]
    [InlineData(null, "bridge: --window needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set")]
    [InlineData(":1023", "bridge: cannot open a window: no display for a window: ")]
    public async Task Without_a_display_the_window_is_a_one_line_user_mistake(string? display, string expected)
    {
        var manifest = Write("manifest.json", NativeHome);
        using var process = StartBridge(display, "run", "--window", "--manifest", manifest, "--out", Path.Combine(_dir, "out"));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));

        Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}:\n{await stdout}\n{stderr}");
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('[')).ToArray(); // log lines of the startup tasks are not the error
        Assert.Single(lines);
        Assert.StartsWith(expected, lines[0]);
    }

    [Fact]
    public void A_window_cannot_run_headless_options()
    {
        var (code, output) = BridgeProcess.Run("run", "--window", "--backend", "null");

        Assert.Equal(2, code);
        Assert.Contains("--window cannot be combined with --backend null", output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string FindWindow(string display) =>
        Encoding.UTF8.GetString(Tool("xdotool", display, "search", "--sync", "--name", "^bridge$")).Split('\n')[0].Trim();

    private static string? Focused(string treeFile)
    {
        using var tree = JsonDocument.Parse(File.ReadAllText(treeFile));
        return Find(tree.RootElement);

        static string? Find(JsonElement node)
        {
            if (node.TryGetProperty("focused", out var f) && f.GetBoolean())
            {
                return node.TryGetProperty("testID", out var id) ? id.GetString() : "(focused node without testID)";
            }
            if (node.TryGetProperty("children", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    if (Find(child) is { } found)
                    {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    // The program with DISPLAY set to the given display, or unset.
    private static Process StartBridge(string? display, params string[] args)
    {
        var start = BridgeProcess.Program();
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["LIBGL_ALWAYS_SOFTWARE"] = "1";
        start.Environment.Remove("WAYLAND_DISPLAY");
        if (display is null)
        {
            start.Environment.Remove("DISPLAY");
        }
        else
        {
            start.Environment["DISPLAY"] = display;
        }
        return Process.Start(start)!;
    }

    // A tool's standard output, bytes as they came.
    private static byte[] Tool(string tool, string display, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DISPLAY"] = display;
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        return output.ToArray();
    }
}
