using System.Text.Json;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Cli.Tests;

/// <summary>A run in which a page threw exits non-zero (--fail-on error, the default), says why in one line and lists the
/// error in report.json; --fail-on rollback and never let such a run pass.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-exit-").FullName;

    [Theory]
    [InlineData("error", 1)]
    [InlineData("rollback", 0)]
    [InlineData("never", 0)]
    public async Task A_native_handler_that_throws_fails_the_run_unless_told_otherwise(string failOn, int expected)
    {
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.Add("Boom", _ => View(testId: "boom", focusable: true, onPress: () => throw new InvalidOperationException("the tile has no title"),
            style: new() { Width = 100, Height = 40 }));
        using var app = builder.Build();
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), """{"start": "boom", "pages": {"boom": {"native": "Boom", "live": "native"}}}""");
        File.WriteAllText(Path.Combine(_dir, "script.json"), """{"size": [320, 200], "steps": [{"navigate": "boom"}, {"idle": true}, {"key": "down"}, {"key": "select"}, {"idle": true}]}""");
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(_dir, "out-" + failOn);

        var code = await app.RunAsync(["run", "--manifest", Path.Combine(_dir, "manifest.json"), "--script", Path.Combine(_dir, "script.json"),
            "--out", outDir, "--backend", "null", "--pace", "unpaced", "--fail-on", failOn], output, error);

        Assert.True(code == expected, $"exit {code}\n{output}\n{error}");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "report.json")));
        var reported = Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("boom", reported.GetProperty("page").GetString());
        Assert.Equal("native-handler", reported.GetProperty("kind").GetString());
        Assert.Equal("onPress threw InvalidOperationException: the tile has no title", reported.GetProperty("message").GetString());
        Assert.False(report.RootElement.GetProperty("interrupted").GetBoolean());
        if (expected == 1)
        {
            Assert.Equal("bridge run: 1 page error(s), 0 rollback(s); first: onPress threw InvalidOperationException: the tile has no title "
                + "(report.json lists them; --fail-on never exits 0 anyway)", error.ToString().Trim());
        }
        Assert.Contains("Errors", File.ReadAllText(Path.Combine(outDir, "report.html")));
    }

    [Fact]
    public async Task A_second_run_on_the_same_output_folder_is_refused_while_the_first_holds_it()
    {
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.Add("Home", _ => View(testId: "home"));
        using var app = builder.Build();
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""");
        File.WriteAllText(Path.Combine(_dir, "script.json"), """{"steps": [{"navigate": "home"}, {"idle": true}]}""");
        var outDir = Path.Combine(_dir, "shared-out");
        using var first = Running.OutputFolder.Acquire(outDir);
        var error = new StringWriter();

        var code = await app.RunAsync(["run", "--manifest", Path.Combine(_dir, "manifest.json"), "--script", Path.Combine(_dir, "script.json"),
            "--out", outDir, "--backend", "null"], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.StartsWith($"bridge: --out {outDir}: another run is writing there", error.ToString());
        Assert.EndsWith("wait for it to end or choose another --out", error.ToString().Trim());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
