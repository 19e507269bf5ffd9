using System.Text.Json;

namespace Bridge.Cli.Tests.Faults;

/// <summary>With no font fontconfig can find, the app draws its text with the bundled font and says so once.</summary>
public sealed class FontFallbackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-fonts-").FullName;

    [Fact]
    public void An_empty_font_configuration_draws_text_with_the_bundled_font()
    {
        var fonts = Write("fonts.conf", """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig></fontconfig>
            """);
        var manifest = Write("manifest.json", """{"start": "home", "pages": {"home": {"native": "Home", "live": "native"}}}""");
        var script = Write("script.json", """{"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true}, {"dump": "home"}]}""");
        var outDir = Path.Combine(_dir, "out");

        var (code, output) = BridgeProcess.RunWith(new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts },
            "run", "--manifest", manifest, "--script", script, "--out", outDir, "--backend", "null", "--pace", "unpaced");

        Assert.True(code == 0, output);
        Assert.Single(output.Split('\n'), line => line.Contains("No usable font found", StringComparison.Ordinal));
        using var dump = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "home.tree.json")));
        var texts = Texts(dump.RootElement).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.W > 0 && t.H > 0, $"text '{t.Text}' laid out at {t.W}x{t.H}"));
    }

    private static IEnumerable<(string Text, double W, double H)> Texts(JsonElement node)
    {
        if (node.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
        {
            yield return (value, node.GetProperty("w").GetDouble(), node.GetProperty("h").GetDouble());
        }
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var t in Texts(child))
                {
                    yield return t;
                }
            }
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
