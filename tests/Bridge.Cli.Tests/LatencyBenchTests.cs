using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary><c>bridge bench latency</c> plays a page's script on each path in alternating rounds and reports warm keys,
/// first keys after a mount and page-changing keys apart, with their sample counts; <c>bridge compare</c> judges latency on
/// warm keys sampled the same way, as many per path as <c>--latency-keys</c> asks.</summary>
public sealed class LatencyBenchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-bench-latency-").FullName;

    [Fact]
    public void Bench_latency_reports_every_path_and_kind_of_key_with_its_samples()
    {
        var manifest = Manifest();
        var script = Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "details", "params": {"id": "t007"}}, {"idle": true}, {"screenshot": "x"},
              {"key": "right"}, {"key": "down"}, {"key": "right", "repeat": 2}, {"idle": true}]}
            """);
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("bench", "latency", "--page", "details", "--manifest", manifest, "--script", script,
            "--out", outDir, "--keys", "12", "--round-keys", "10", "--paths", "native", "legacy-v8", "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "bench-latency.json")));
        var paths = json.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal(["native", "legacy-v8"], paths.Select(p => p.GetProperty("path").GetString()));
        foreach (var path in paths)
        {
            var rows = path.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("keys").GetString()!);
            // Blocks of [open, right, down, right, right, back]: one first key and three warm keys, one back per block.
            var warm = rows["warm"].GetProperty("committed");
            Assert.True(warm.GetProperty("samples").GetInt32() >= 12);
            Assert.Equal(warm.GetProperty("samples").GetInt32(), 3 * rows["first after mount"].GetProperty("committed").GetProperty("samples").GetInt32());
            Assert.Equal(rows["first after mount"].GetProperty("committed").GetProperty("samples").GetInt32(),
                rows["page-changing"].GetProperty("committed").GetProperty("samples").GetInt32());
            Assert.True(warm.GetProperty("p50").GetDouble() > 0);
            // Under 1,000 samples there is no p99, only the maximum.
            Assert.Equal(JsonValueKind.Null, warm.GetProperty("p99").ValueKind);
            Assert.True(warm.GetProperty("max").GetDouble() >= warm.GetProperty("p50").GetDouble());
            // JS's own time is a stage and a row of its own: measured on the legacy path, nothing on the native one; what
            // the key cost beyond it and the committing frame are beside it.
            var stages = path.GetProperty("stagesP50");
            var js = path.GetProperty("warm").GetProperty("js");
            var legacy = path.GetProperty("path").GetString() == "legacy-v8";
            Assert.Equal(legacy, js.GetProperty("p50").GetDouble() > 0);
            Assert.Equal(legacy, stages.GetProperty("js").GetDouble() > 0);
            Assert.Equal(legacy, stages.GetProperty("bus-encode").GetDouble() > 0);
            Assert.Equal(legacy, stages.GetProperty("bus-decode").GetDouble() > 0);
            var beyond = path.GetProperty("warm").GetProperty("committedBeyondJs");
            Assert.True(beyond.GetProperty("p50").GetDouble() > 0 && beyond.GetProperty("p50").GetDouble() < warm.GetProperty("max").GetDouble());
            Assert.True(path.GetProperty("warm").GetProperty("frame").GetProperty("p50").GetDouble() > 0);
        }
        Assert.Contains("first after mount", output);
    }

    [Fact]
    public void Bench_latency_of_a_page_the_script_never_opens_is_a_one_line_error()
    {
        var script = Write("script.json", """{"steps": [{"navigate": "home"}, {"key": "right"}]}""");

        var (code, output) = BridgeProcess.Run("bench", "latency", "--page", "details", "--script", script, "--out", Path.Combine(_dir, "out"));

        Assert.Equal(2, code);
        Assert.Contains("the script never opens details", output);
    }

    [Fact]
    public void Compare_measures_the_warm_keys_asked_for_on_each_path()
    {
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.Run("compare", "--page", "details", "--manifest", Manifest(), "--script", CompareScript(), "--out", outDir,
            "--latency-keys", "30", "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        Assert.Contains("round 1: native", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "compare.json")));
        var latency = json.RootElement.GetProperty("latency");
        foreach (var path in new[] { "native", "legacy" })
        {
            var measured = latency.GetProperty(path);
            Assert.Equal("warm", measured.GetProperty("keys").GetString());
            // Four keys a block, three of them warm: the script alone would give three.
            Assert.InRange(measured.GetProperty("committed").GetProperty("count").GetInt32(), 30, 1000);
            Assert.Equal(measured.GetProperty("committed").GetProperty("count").GetInt32(), measured.GetProperty("present").GetProperty("count").GetInt32());
            Assert.True(measured.GetProperty("committed").GetProperty("p50").GetDouble() > 0);
        }
        // Under 1,000 keys a path has no p99: the verdict divides the maxima and says so.
        Assert.Equal("key to committed max", latency.GetProperty("measure").GetString());
        // The trees still come from one play of the script per path.
        Assert.Equal(2, json.RootElement.GetProperty("tree").GetProperty("dumps").GetArrayLength());
        Assert.Contains("(n ", output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_latency_key_count_under_one_is_a_one_line_error(string keys)
    {
        var (code, output) = BridgeProcess.Run("compare", "--page", "details", "--manifest", Manifest(), "--script", CompareScript(),
            "--out", Path.Combine(_dir, "out"), "--latency-keys", keys);

        Assert.NotEqual(0, code);
        Assert.Contains("--latency-keys must be at least 1", output);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")), "nothing runs before the options are checked");
    }

    [Fact]
    public void Compare_of_a_page_its_script_never_opens_is_a_one_line_error()
    {
        var script = Write("other.json", """{"steps": [{"navigate": "home"}, {"idle": true}, {"key": "right", "repeat": 2}]}""");

        var (code, output) = BridgeProcess.Run("compare", "--page", "details", "--manifest", Manifest(), "--script", script,
            "--out", Path.Combine(_dir, "out"), "--latency-keys", "5");

        Assert.Equal(2, code);
        Assert.Contains("the script never opens details", output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Manifest() => Write("manifest.json", """
        {"start": "home", "engine": "v8", "bundles": [BUNDLE],
         "pages": {"home": {"native": "Home", "legacy": "home", "live": "native"},
                   "details": {"native": "Details", "legacy": "details", "live": "native"}}}
        """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));

    private string CompareScript() => Write("compare.json", """
        {"size": [1280, 720], "steps": [{"navigate": "details", "params": {"id": "t007"}}, {"idle": true}, {"dump": "details-start"},
          {"key": "right"}, {"key": "down"}, {"key": "right", "repeat": 2}, {"idle": true}, {"dump": "details-moved"}]}
        """);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
