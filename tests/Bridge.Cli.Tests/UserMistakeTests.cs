using System.Text.Json;

namespace Bridge.Cli.Tests;

/// <summary>Every user mistake ends the program with one line on stderr naming the file, the place in it and the fix, and
/// exit code 2, before a GL context or a JS engine starts; a stack trace only with --verbose.</summary>
public sealed class UserMistakeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-mistake-").FullName;

    [Fact]
    public void A_missing_bundle_names_the_manifest_the_bundle_and_how_to_build_it()
    {
        var manifest = Manifest("""{"start": "home", "bundles": ["dist/app.js"], "pages": {"home": {"legacy": "home", "live": "legacy"}}}""");

        var error = Mistake("run", "--manifest", manifest, "--script", Script(), "--out", Out());

        Assert.Equal($"bridge: {manifest}: bundles[0]: file not found: {Path.Combine(_dir, "dist", "app.js")} (build the legacy pages first: "
            + "`dotnet build` builds an app's BridgeLegacyBundle items; in the Bridge repository, scripts/build-legacy ENTRY OUT)", error);
    }

    [Fact]
    public void A_malformed_manifest_names_the_place_in_it()
    {
        var manifest = Manifest("""{"start": "home", "pages": {"home": {"native": "Home", "live": "sideways"}}}""");

        var error = Mistake("run", "--manifest", manifest, "--script", Script(), "--out", Out());

        Assert.Equal($"bridge: {manifest}: pages.home.live: \"sideways\" is not a path (expected \"native\", \"legacy\" or \"compare\")", error);
    }

    [Fact]
    public void A_manifest_that_is_not_json_says_where_it_stops_being_json()
    {
        var manifest = Manifest("""{"start": "home", """);

        var error = Mistake("run", "--manifest", manifest, "--script", Script(), "--out", Out());

        Assert.StartsWith($"bridge: {manifest}: not valid JSON: ", error);
    }

    [Fact]
    public void A_malformed_script_names_the_step_and_key()
    {
        var script = Write("script.json", """{"steps": [{"navigate": "home"}, {"key": "sideways"}]}""");

        var error = Mistake("run", "--manifest", Manifest(NativeHome), "--script", script, "--out", Out());

        Assert.StartsWith($"bridge: {script}: steps[1].key: ", error);
        Assert.Contains("sideways", error);
    }

    [Fact]
    public void An_unknown_native_page_lists_the_registered_ones()
    {
        var manifest = Manifest("""{"start": "home", "pages": {"home": {"native": "Homepage", "live": "native"}}}""");

        var error = Mistake("run", "--manifest", manifest, "--script", Script(), "--out", Out());

        Assert.Equal($"bridge: {manifest}: pages.home.native: no native page registered as \"Homepage\" (registered: Details, Home, Search)", error);
    }

    [Fact]
    public void An_unknown_compare_page_lists_the_manifest_pages()
    {
        var manifest = Manifest(NativeHome);

        var error = Mistake("compare", "--page", "detail", "--manifest", manifest, "--script", Script(), "--out", Out());

        Assert.Equal($"bridge: {manifest}: --page detail: the manifest has no such page (pages: home)", error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_says_so()
    {
        var file = Write("not-a-folder", "");

        var error = Mistake("run", "--manifest", Manifest(NativeHome), "--script", Script(), "--out", Path.Combine(file, "out"));

        Assert.StartsWith($"bridge: --out {Path.Combine(file, "out")}: cannot create the folder (", error);
        Assert.EndsWith("); choose a folder you can write", error);
    }

    [Fact]
    public void A_bad_size_names_the_option_and_an_example()
    {
        var error = Mistake("run", "--manifest", Manifest(NativeHome), "--script", Script(), "--out", Out(), "--size", "1280by720");

        Assert.Equal("bridge run: --size: size \"1280by720\" is not WIDTHxHEIGHT with positive integers up to 16384 (e.g. 1280x720) (see bridge run --help)", error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var manifest = Manifest("""{"start": "home", "pages": {"home": {"native": "Homepage", "live": "native"}}}""");

        var (code, _, stderr) = BridgeProcess.RunSeparately("run", "--manifest", manifest, "--script", Script(), "--out", Out(), "--verbose");

        Assert.Equal(2, code);
        Assert.Contains("no native page registered as \"Homepage\"", stderr);
        Assert.Contains("   at Bridge.", stderr);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string NativeHome = """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""";

    /// <summary>Runs the program expecting a mistake: exit 2, nothing on stdout, one line on stderr (returned), and neither a GL
    /// context nor a JS engine started.</summary>
    private static string Mistake(params string[] args)
    {
        var (code, stdout, stderr) = BridgeProcess.RunSeparately(args);
        Assert.True(code == 2, $"exit {code}\n{stdout}{stderr}");
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr:\n{stderr}");
        Assert.DoesNotContain("OpenGL ES renderer", stdout + stderr);
        Assert.DoesNotContain(" ready: engine ", stdout + stderr);
        return lines[0];
    }

    private string Manifest(string json) => Write("manifest.json", json);

    private string Script() => Write("script.json", """{"size": [320, 200], "steps": [{"navigate": "home"}, {"idle": true}]}""");

    private string Out() => Path.Combine(_dir, "out");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
