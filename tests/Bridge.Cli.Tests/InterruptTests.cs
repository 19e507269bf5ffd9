using System.Diagnostics;
using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary>SIGINT (Ctrl-C) or SIGTERM stops a run at its next frame: it writes a report marked interrupted and exits 130.</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-interrupt-").FullName;

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_ends_the_run_with_a_report_marked_interrupted(string signal)
    {
        var manifest = Path.Combine(_dir, "manifest.json");
        File.WriteAllText(manifest, """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""");
        var script = Path.Combine(_dir, "script.json");
        File.WriteAllText(script, """{"steps": [{"navigate": "home"}, {"idle": true}, {"key": "down"}, {"wait": 60000}, {"dump": "never"}]}""");
        var outDir = Path.Combine(_dir, "out");
        var start = BridgeProcess.Program();
        foreach (var a in new[] { "run", "--manifest", manifest, "--script", script, "--out", outDir, "--backend", "null" })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        // Wait until the script reaches its long wait, then signal.
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !line.Contains("wait 60000", StringComparison.Ordinal))
        {
        }
        Assert.NotNull(line);
        Process.Start("kill", $"-{signal} {process.Id}")!.WaitForExit();
        var rest = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not stop within 30 s of the signal");

        var errors = await stderr;
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{await rest}\n{errors}");
        Assert.Contains("bridge run: interrupted; the report covers the steps played so far", errors);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.True(report.RootElement.GetProperty("interrupted").GetBoolean());
        Assert.Equal(1, report.RootElement.GetProperty("accounting").GetProperty("events").GetInt32());
        Assert.False(File.Exists(Path.Combine(outDir, "never.tree.json")));
        Assert.False(File.Exists(Path.Combine(outDir, ".bridge-run.lock")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
