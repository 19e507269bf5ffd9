using System.Globalization;
using System.Text;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>Renders the migration dashboard: inline CSS and SVG, screenshots embedded as data URIs, no network.</summary>
/// <remarks>Laid out for a 1400 px wide window: the page table, then one block per compared page with its native and
/// legacy screenshots and their diff image side by side, each a third of the width.</remarks>
internal static class DashboardHtml
{
    private const string Styles =
        ".dash{font-family:sans-serif;color:#222}.dash table.pages{border-collapse:collapse;width:100%;table-layout:fixed}" +
        ".dash th,.dash td{border:1px solid #ccc;padding:6px 8px;vertical-align:top;text-align:left;font-size:13px;overflow-wrap:anywhere}" +
        ".dash th{overflow-wrap:normal}" +
        ".dash th{background:#f0f0f0}.dash .ready{color:#1b5e20;font-weight:bold}.dash .keep{color:#b45309;font-weight:bold}" +
        ".dash .none{color:#666}.dash ul.reasons{margin:4px 0 0 0;padding-left:16px}.dash ul.reasons li{margin:2px 0}" +
        ".dash .figures{font-variant-numeric:tabular-nums}.dash .bad{color:#b00020}" +
        ".dash .verdicts span{display:inline-block;width:10px;height:10px;margin-right:2px;border-radius:2px}" +
        ".dash .triple{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:12px;margin-bottom:12px}" +
        ".dash figure{margin:0}.dash figure img{width:100%;height:auto;border:1px solid #ccc;display:block}" +
        ".dash figcaption{font-size:13px;margin-bottom:4px}";

    public static string Document(MigrationDashboard dashboard)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Migration dashboard</title>")
            .Append("<meta name=\"viewport\" content=\"width=1400\"><style>body{margin:24px}</style></head><body>")
            .Append(Section(dashboard))
            .Append("</body></html>");
        return sb.ToString();
    }

    public static string Section(MigrationDashboard dashboard)
    {
        var sb = new StringBuilder();
        sb.Append("<section class=\"dash\" id=\"migration-dashboard\"><style>").Append(Styles).Append("</style>");
        sb.Append("<h1>Migration dashboard</h1><p>")
            .Append(H($"Manifest {dashboard.Manifest.Path}; results {dashboard.Folder}; "))
            .Append(Inv($"{dashboard.History.Runs.Count(r => r.Kind == "run")} run(s) and {dashboard.History.Runs.Count(r => r.Kind == "compare")} comparison(s) recorded."))
            .Append("</p>");
        var ready = dashboard.Rows.Where(r => r.Compare?.Verdict == CompareVerdict.ReadyToRetireLegacy).Select(r => r.Page.Name).ToList();
        sb.Append("<p>").Append(ready.Count == 0
            ? "No page is ready to retire its legacy implementation yet."
            : "<span class=\"ready\">Ready to retire legacy:</span> " + H(string.Join(", ", ready))).Append("</p>");
        Table(sb, dashboard.Rows);
        foreach (var row in dashboard.Rows.Where(r => r.Compare is { Screenshots.Count: > 0 }))
        {
            Comparison(sb, row);
        }
        return sb.Append("</section>").ToString();
    }

    private static void Table(StringBuilder sb, IReadOnlyList<DashboardRow> rows)
    {
        // 1,300 px of columns: the table fits a 1400 px window with the page's margins.
        sb.Append("<table class=\"pages\"><colgroup><col style=\"width:90px\"><col style=\"width:130px\"><col style=\"width:100px\">")
            .Append("<col style=\"width:280px\"><col style=\"width:75px\"><col style=\"width:205px\"><col style=\"width:260px\">")
            .Append("<col style=\"width:80px\"><col style=\"width:80px\"></colgroup>")
            .Append("<tr><th>page</th><th>implementations</th><th>live → fallback</th><th>last compare: verdict and reasons</th>")
            .Append("<th>budget</th><th>key → committed</th><th>p99 over runs (ms; max under 1,000 keys)</th><th>rollbacks</th><th>errors</th></tr>");
        foreach (var row in rows)
        {
            sb.Append("<tr class=\"page-row\" data-page=\"").Append(H(row.Page.Name)).Append("\">")
                .Append("<td><b>").Append(H(row.Page.Name)).Append("</b></td>")
                .Append("<td>").Append(H(row.Page.Implementations)).Append("</td>")
                .Append("<td>").Append(H(row.LiveText)).Append("</td><td class=\"verdict\">");
            Verdict(sb, row);
            sb.Append("</td><td>").Append(Budget(row.Page)).Append("</td><td class=\"figures\">")
                .Append(Figures("native", row.Native)).Append("<br>").Append(Figures("legacy", row.Legacy))
                .Append("</td><td>").Append(SvgCharts.History(row.NativeTail, row.LegacyTail, row.Page.BudgetP99Ms)).Append("</td><td>");
            List(sb, row.Rollbacks, "none");
            sb.Append("</td><td>");
            List(sb, row.Errors, "none");
            sb.Append("</td></tr>");
        }
        sb.Append("</table>");
    }

    private static void Verdict(StringBuilder sb, DashboardRow row)
    {
        if (row.Page.Native is null || row.Page.Legacy is null)
        {
            sb.Append("<span class=\"none\">").Append(row.Page.Native is null ? "legacy only" : "native only").Append("</span>");
        }
        else if (row.Compare is not { } compare)
        {
            sb.Append("<span class=\"none\">not compared</span>");
        }
        else
        {
            var ready = compare.Verdict == CompareVerdict.ReadyToRetireLegacy;
            sb.Append("<span class=\"").Append(ready ? "ready" : "keep").Append("\">").Append(CompareReport.VerdictName(compare.Verdict)).Append("</span>");
            if (compare.Written is { } written)
            {
                sb.Append(Inv($" <span class=\"none\">{written.ToLocalTime():yyyy-MM-dd HH:mm}</span>"));
            }
            var trees = compare.TreesMatch ? "trees match" : $"{compare.DifferingNodes} node(s) differ";
            var pixels = compare.PixelShare is { } share ? $", {PixelTolerance.FormatShare(share)} of pixels differ (tolerance {row.Page.Pixels.ShareText})" : "";
            sb.Append("<br>").Append(H(trees + pixels));
            if (compare.Reasons.Count > 0)
            {
                sb.Append("<ul class=\"reasons\">");
                foreach (var reason in compare.Reasons)
                {
                    sb.Append("<li>").Append(H(reason)).Append("</li>");
                }
                sb.Append("</ul>");
            }
        }
        if (row.Verdicts.Count > 0)
        {
            sb.Append("<div class=\"verdicts\" title=\"verdicts over time, oldest first\">");
            foreach (var (time, verdict) in row.Verdicts.TakeLast(30))
            {
                var ready = verdict == CompareVerdict.ReadyToRetireLegacy;
                sb.Append(Inv($"<span style=\"background:{(ready ? "#2e7d32" : "#f59e0b")}\" title=\"{time.ToLocalTime():yyyy-MM-dd HH:mm} {CompareReport.VerdictName(verdict)}\"></span>"));
            }
            sb.Append("</div>");
        }
    }

    private static void Comparison(StringBuilder sb, DashboardRow row)
    {
        var compare = row.Compare!;
        sb.Append("<h2 class=\"compared\" data-page=\"").Append(H(row.Page.Name)).Append("\">").Append(H(row.Page.Name))
            .Append(": native, legacy and their difference</h2>");
        foreach (var shot in compare.Screenshots)
        {
            sb.Append("<p>").Append(H($"{shot.Name}: {PixelTolerance.FormatShare(shot.Share)} of pixels differ")).Append("</p><div class=\"triple\">");
            Figure(sb, compare.Folder, shot.Native, $"native · {shot.Name}");
            Figure(sb, compare.Folder, shot.Legacy, $"legacy · {shot.Name}");
            Figure(sb, compare.Folder, shot.Diff, $"difference (magenta) · {shot.Name}");
            sb.Append("</div>");
        }
    }

    private static void Figure(StringBuilder sb, string? folder, string file, string caption)
    {
        var path = folder is null ? file : Path.Combine(folder, file);
        sb.Append("<figure><figcaption>").Append(H(caption)).Append("</figcaption>");
        sb.Append(File.Exists(path)
            ? $"<img class=\"dash-shot\" alt=\"{H(caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(path))}\">"
            : $"<p class=\"bad\">missing: {H(path)}</p>");
        sb.Append("</figure>");
    }

    private static string Budget(ManifestPage page) =>
        page.BudgetP99Ms is { } budget ? Inv($"p99 ≤ {budget:0.##} ms") : "<span class=\"none\">none</span>";

    private static string Figures(string path, LatencySummary? summary) => summary is { } s
        ? Inv($"{path} p50 {s.P50:0.##} · {s.TailName} {s.TailMs:0.##} ms ({s.Count:N0} keys)")
        : $"<span class=\"none\">{path} not measured</span>";

    private static void List(StringBuilder sb, IReadOnlyList<string> items, string empty)
    {
        if (items.Count == 0)
        {
            sb.Append("<span class=\"none\">").Append(empty).Append("</span>");
            return;
        }
        sb.Append(Inv($"<b class=\"bad\">{items.Count}</b><ul class=\"reasons\">"));
        foreach (var item in items.Take(5))
        {
            sb.Append("<li>").Append(H(item.Length > 160 ? item[..160] + "…" : item)).Append("</li>");
        }
        sb.Append("</ul>");
    }

    private static string H(string text) => SvgCharts.Html(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
