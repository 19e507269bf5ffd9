using Bridge.Migration;
using Spectre.Console;

namespace Bridge.Cli.Commands;

/// <summary>Draws the migration status table on a console.</summary>
internal static class StatusTableView
{
    /// <summary>Draws the table with Spectre.Console, then the pages ready to retire their legacy implementation.</summary>
    public static void Render(StatusTable status, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Border(TableBorder.Rounded).Title("Migration status");
        table.AddColumns("page", "implementations", "live", "parity", "latency (key → committed: p99, or max under 1,000 keys)", "since the run before");
        foreach (var row in status.Rows)
        {
            var parity = row.Verdict switch
            {
                CompareVerdict.ReadyToRetireLegacy => $"[green]{Markup.Escape(row.Parity)}[/]",
                CompareVerdict.KeepLegacy => $"[yellow]{Markup.Escape(row.Parity)}[/]",
                _ => Markup.Escape(row.Parity),
            };
            table.AddRow(Markup.Escape(row.Page), Markup.Escape(row.Implementations), Markup.Escape(row.Live), parity,
                Markup.Escape(row.Latency), Markup.Escape(row.SinceLastRun));
        }
        console.Write(table);
        var ready = status.ReadyToRetire.ToList();
        console.MarkupLine(ready.Count == 0
            ? "No page is ready to retire its legacy implementation yet."
            : $"[green]Ready to retire legacy:[/] {Markup.Escape(string.Join(", ", ready))}");
    }
}
