using System.CommandLine;
using Bridge.Migration;
using Spectre.Console;

namespace Bridge.Cli.Commands;

/// <summary>The <c>status</c> verb: the migration table (page, implementations, live path, parity, latency).</summary>
internal static class StatusCommand
{
    public static Command Create(BridgeApp app)
    {
        var manifest = new Option<string>("--manifest") { Description = $"Migration manifest (default: the app's, {app.Options.Manifest})" };
        var results = new Option<string>("--results") { Description = "Folder searched for compare.json, report.json and results.db files", DefaultValueFactory = _ => "out" };
        var html = new Option<string?>("--html") { Description = "Also write the migration dashboard to this HTML file (self-contained: screenshots embedded)" };
        var command = new Command("status", "Print the migration table: implementations, live path, parity and latency per page, and what changed since the run before.") { manifest, results, html };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(manifest) is { } given ? Path.GetFullPath(given) : app.Options.Resolve(app.Options.Manifest);
            var loaded = Manifest.Load(path);
            var folder = parse.GetValue(results)!;
            var compares = StatusTable.LoadCompareOutcomes(folder);
            var report = Path.Combine(folder, ReportWriter.JsonFile);
            var summaries = File.Exists(report) ? ReportWriter.ReadSummaries(report) : null;
            var table = StatusTable.Build(loaded, compares, summaries, ResultsHistory.Load(folder));
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output) });
            console.Profile.Width = Math.Max(console.Profile.Width, 140);
            StatusTableView.Render(table, console);
            if (parse.GetValue(html) is { } file)
            {
                MigrationDashboard.Build(loaded, folder).Save(file);
                console.WriteLine($"wrote {Path.GetFullPath(file)}");
            }
            return 0;
        });
        return command;
    }
}
