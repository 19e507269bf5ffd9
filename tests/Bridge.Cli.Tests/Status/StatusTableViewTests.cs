using Bridge.Cli.Commands;
using Bridge.Migration;
using Spectre.Console;

namespace Bridge.Cli.Tests.Status;

/// <summary>The <c>status</c> verb's console table lists every page of the manifest and the ones ready to retire.</summary>
public sealed class StatusTableViewTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-status-").FullName;

    [Fact]
    public void Spectre_rendering_lists_every_page_and_the_ready_ones()
    {
        File.WriteAllText(Path.Combine(_dir, "app.js"), "");
        var manifestPath = Path.Combine(_dir, "m.json");
        File.WriteAllText(manifestPath, """
            {"start": "home", "bundles": ["app.js"],
             "pages": {"home":    {"native": "Home", "legacy": "home", "live": "native", "fallback": "legacy"},
                       "details": {"legacy": "details", "live": "legacy"},
                       "search":  {"native": "Search", "legacy": "search", "live": "compare"},
                       "settings": {"native": "Settings", "live": "native"}}}
            """);
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        var compares = new Dictionary<string, CompareOutcome> { ["search"] = new("search", true, 0, null, 0.5, CompareVerdict.ReadyToRetireLegacy) };

        StatusTableView.Render(StatusTable.Build(Manifest.Load(manifestPath), compares), console);

        var text = writer.ToString();
        foreach (var page in new[] { "home", "details", "search", "settings" })
        {
            Assert.Contains(page, text);
        }
        Assert.Contains("Ready to retire legacy: search", text);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
