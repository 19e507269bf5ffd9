using System.Globalization;
using System.Text;
using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>Renders report.html: one file with inline CSS, SVG plots and base64 screenshots, no external assets.</summary>
/// <remarks>It opens with the migration dashboard of the output folder, then this run's figures.</remarks>
internal static class ReportHtml
{
    public static string Render(RunReport report, string outDir) => Render(report, outDir, Dashboard(report.Info.Manifest, outDir));

    /// <summary>The dashboard section of a results folder, or a paragraph saying why there is none.</summary>
    public static string Dashboard(string manifestPath, string resultsFolder)
    {
        try
        {
            return MigrationDashboard.Build(Manifest.Load(manifestPath), resultsFolder).ToHtmlSection();
        }
        catch (MigrationFileException ex)
        {
            return $"<p class=\"bad\">No migration dashboard: {H(ex.Message)}</p>";
        }
    }

    public static string Render(RunReport report, string outDir, string dashboard)
    {
        var info = report.Info;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge run report</title><style>")
            .Append("body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}")
            .Append(".pair{display:flex;gap:16px;flex-wrap:wrap}.shot{display:inline-block;margin:4px}.shot img{max-width:560px;border:1px solid #ccc}")
            .Append(".bad{color:#b00020}.ok{color:#1b5e20}pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:240px}")
            .Append("</style></head><body>");
        sb.Append(dashboard);
        sb.Append("<h1>Bridge run report</h1><p>")
            .Append(Inv($"Manifest <code>{H(info.Manifest)}</code>, script <code>{H(info.Script)}</code>, engine <b>{H(info.Engine)}</b>, "))
            .Append(Inv($"pacing <b>{H(info.Pace)}</b>, {info.Size}, started {info.Started:u}, {info.Duration.TotalSeconds:0.##} s.</p>"));
        Accounting(sb, report.Latency.Account());
        Summaries(sb, report.Latency);
        Distributions(sb, report.Latency);
        Stages(sb, report.Latency);
        Rollbacks(sb, report.Rollbacks);
        Errors(sb, report);
        Screenshots(sb, report.Screenshots, outDir);
        return sb.Append("</body></html>").ToString();
    }

    private static void Accounting(StringBuilder sb, LatencyAccounting a) =>
        sb.Append(a.IsComplete
            ? Inv($"<p class=\"ok\">All {a.Events} input events were measured exactly once.</p>")
            : Inv($"<p class=\"bad\">{a.Missing.Count} of {a.Events} input events were never presented: {string.Join(", ", a.Missing.Take(50))}</p>"));

    private static void Summaries(StringBuilder sb, LatencyRecorder latency)
    {
        sb.Append("<h2>Latency summaries (ms)</h2><table><tr><th>page</th><th>path</th><th>engine</th><th>measure</th>")
            .Append("<th>count</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>");
        foreach (var g in latency.Groups)
        {
            foreach (var (measure, s) in new[] { ("key → committed", g.CommittedSummary), ("key → present", g.PresentSummary) })
            {
                sb.Append(Inv($"<tr><td>{H(g.Page)}</td><td>{PagePaths.ToName(g.Path)}</td><td>{H(g.Engine)}</td><td>{measure}</td>"))
                    .Append(Inv($"<td>{s.Count}</td><td>{s.P50:0.###}</td><td>{s.P95:0.###}</td><td>{s.P99:0.###}</td><td>{s.Max:0.###}</td></tr>"));
            }
        }
        sb.Append("</table>");
    }

    private static void Distributions(StringBuilder sb, LatencyRecorder latency)
    {
        sb.Append("<h2>Latency distributions</h2>");
        foreach (var page in latency.Groups.GroupBy(g => g.Page))
        {
            sb.Append("<h3>").Append(H(page.Key)).Append("</h3><div class=\"pair\">");
            foreach (var g in page)
            {
                sb.Append("<div><p>").Append(H($"{PagePaths.ToName(g.Path)} · {g.Engine}")).Append("</p>")
                    .Append(SvgCharts.Distribution(
                    [
                        ("key → committed", "#4e79a7", LatencyGroup.Distribution(g.Committed)),
                        ("key → present", "#e15759", LatencyGroup.Distribution(g.Present)),
                    ]))
                    .Append("</div>");
            }
            sb.Append("</div>");
        }
    }

    private static void Stages(StringBuilder sb, LatencyRecorder latency)
    {
        sb.Append("<h2>Stage breakdown (mean ms per event)</h2>");
        var rows = latency.Groups.Select(g =>
        {
            var ms = new double[LatencyStages.Count];
            for (var i = 0; i < ms.Length; i++)
            {
                ms[i] = g.StageMeanMs((LatencyStage)i);
            }
            return ($"{g.Page} · {PagePaths.ToName(g.Path)} · {g.Engine}", ms);
        }).ToList();
        sb.Append(SvgCharts.StageBars(rows));
    }

    private static void Rollbacks(StringBuilder sb, IReadOnlyList<RollbackRecord> rollbacks)
    {
        sb.Append("<h2>Rollbacks</h2>");
        if (rollbacks.Count == 0)
        {
            sb.Append("<p class=\"ok\">No page was rolled back.</p>");
            return;
        }
        foreach (var r in rollbacks)
        {
            var to = r.To is { } t ? PagePaths.ToName(t) : "none (no fallback)";
            sb.Append(Inv($"<p class=\"bad\"><b>{H(r.Page)}</b>: {PagePaths.ToName(r.From)} → {to} at {r.Time:u}: {H(r.Reason)}</p>"));
            if (r.Stack is not null)
            {
                sb.Append("<pre>").Append(H($"{r.ExceptionType}: {r.Message}\n{r.Stack}")).Append("</pre>");
            }
        }
    }

    private static void Errors(StringBuilder sb, RunReport report)
    {
        sb.Append("<h2>Errors</h2>");
        if (report.Interrupted)
        {
            sb.Append("<p class=\"bad\">The run was interrupted before its script ended.</p>");
        }
        if (report.Errors.Count == 0)
        {
            sb.Append("<p class=\"ok\">No page reported an error.</p>");
            return;
        }
        foreach (var e in report.Errors)
        {
            sb.Append(Inv($"<p class=\"bad\"><b>{H(e.Page ?? "legacy")}</b> ({e.KindName}): {H(e.Message)}</p>"));
        }
    }

    private static void Screenshots(StringBuilder sb, IReadOnlyList<ScreenshotRecord> shots, string outDir)
    {
        sb.Append("<h2>Screenshots</h2>");
        foreach (var group in shots.GroupBy(s => (s.Page, s.Name)))
        {
            sb.Append("<h3>").Append(H($"{group.Key.Name} ({group.Key.Page})")).Append("</h3><div class=\"pair\">");
            foreach (var shot in group.OrderBy(s => s.Path))
            {
                var file = Path.Combine(outDir, shot.File);
                sb.Append("<figure class=\"shot\"><figcaption>").Append(PagePaths.ToName(shot.Path)).Append("</figcaption>");
                sb.Append(File.Exists(file)
                    ? $"<img alt=\"{H(shot.Name)} {PagePaths.ToName(shot.Path)}\" src=\"data:image/png;base64,{Convert.ToBase64String(File.ReadAllBytes(file))}\">"
                    : $"<p class=\"bad\">missing: {H(shot.File)}</p>");
                sb.Append("</figure>");
            }
            sb.Append("</div>");
        }
    }

    private static string H(string text) => SvgCharts.Html(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
