using System.Text;
using System.Text.Json;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>Writes report.json and the self-contained report.html of a run into an output directory.</summary>
public static class ReportWriter
{
    /// <summary>The JSON report's file name.</summary>
    public const string JsonFile = "report.json";

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>Adds the run to the results store of <paramref name="outDir"/> (results.db), then writes both reports;
    /// report.html starts with the migration dashboard of that folder, and embeds the screenshots read from it.</summary>
    public static void Write(RunReport report, string outDir)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outDir);
        using (var store = ResultsStore.Open(outDir))
        {
            store.AddRun(report);
        }
        AtomicFile.WriteAllText(Path.Combine(outDir, JsonFile), ToJson(report));
        AtomicFile.WriteAllText(Path.Combine(outDir, HtmlFile), ReportHtml.Render(report, outDir));
    }

    /// <summary>Serializes report.json: run, events, summaries, accounting, rollbacks, interrupted, errors, screenshots.</summary>
    public static string ToJson(RunReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteRun(w, report.Info);
            WriteEvents(w, report.Latency);
            WriteSummaries(w, report.Latency);
            WriteAccounting(w, report.Latency.Account());
            WriteRollbacks(w, report.Rollbacks);
            w.WriteBoolean("interrupted", report.Interrupted);
            w.WriteStartArray("errors");
            foreach (var e in report.Errors)
            {
                w.WriteStartObject();
                if (e.Page is null)
                {
                    w.WriteNull("page");
                }
                else
                {
                    w.WriteString("page", e.Page);
                }
                w.WriteString("kind", e.KindName);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("screenshots");
            foreach (var s in report.Screenshots)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteString("page", s.Page);
                w.WriteString("path", PagePaths.ToName(s.Path));
                w.WriteString("file", s.File);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads the summaries of a report.json (for the status table).</summary>
    /// <exception cref="MigrationFileException">The file is missing or not a run report.</exception>
    public static IReadOnlyList<ReportSummary> ReadSummaries(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MigrationFileException(full, ["file not found"]);
        }
        try
        {
            using var doc = JsonValues.Parse(File.ReadAllText(full));
            var list = new List<ReportSummary>();
            foreach (var s in doc.RootElement.GetProperty("summaries").EnumerateArray())
            {
                var pathName = s.GetProperty("path").GetString();
                if (!PagePaths.TryParse(pathName, out var pagePath))
                {
                    throw new FormatException($"summary path \"{pathName}\" is not native or legacy");
                }
                list.Add(new ReportSummary(s.GetProperty("page").GetString()!, pagePath, s.GetProperty("engine").GetString()!,
                    JsonSummaries.Read(s.GetProperty("committed")), JsonSummaries.Read(s.GetProperty("present"))));
            }
            return list;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new MigrationFileException(full, [$"not a run report: {ex.Message}"]);
        }
    }

    private static void WriteRun(Utf8JsonWriter w, RunInfo info)
    {
        w.WriteStartObject("run");
        w.WriteString("manifest", info.Manifest);
        w.WriteString("script", info.Script);
        w.WriteString("engine", info.Engine);
        w.WriteString("pace", info.Pace);
        w.WriteStartArray("size");
        w.WriteNumberValue(info.Size.Width);
        w.WriteNumberValue(info.Size.Height);
        w.WriteEndArray();
        w.WriteString("started", info.Started);
        w.WriteNumber("durationMs", Math.Round(info.Duration.TotalMilliseconds, 3));
        w.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter w, LatencyRecorder latency)
    {
        var events = latency.Events;
        var origin = events.Length == 0 ? 0 : events[0].ArrivalTicks;
        var msPerTick = 1000.0 / latency.TicksPerSecond;
        w.WriteStartArray("events");
        foreach (ref readonly var e in events)
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.Id);
            w.WriteString("key", KeyNames.ToJs(e.Key));
            w.WriteString("page", e.Page);
            w.WriteString("path", PagePaths.ToName(e.Path));
            w.WriteString("engine", e.Engine);
            w.WriteNumber("arrivalMs", Math.Round((e.ArrivalTicks - origin) * msPerTick, 3));
            w.WriteStartObject("stages");
            for (var i = 0; i < LatencyStages.Count; i++)
            {
                w.WriteNumber(LatencyStages.ToName((LatencyStage)i), Math.Round(e.Stages[i], 4));
            }
            w.WriteEndObject();
            WriteMs(w, "committedMs", e.CommittedMs);
            WriteMs(w, "presentMs", e.PresentMs);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSummaries(Utf8JsonWriter w, LatencyRecorder latency)
    {
        w.WriteStartArray("summaries");
        foreach (var g in latency.Groups)
        {
            w.WriteStartObject();
            w.WriteString("page", g.Page);
            w.WriteString("path", PagePaths.ToName(g.Path));
            w.WriteString("engine", g.Engine);
            JsonSummaries.Write(w, "committed", g.CommittedSummary);
            JsonSummaries.Write(w, "present", g.PresentSummary);
            w.WriteStartObject("stageMeansMs");
            for (var i = 0; i < LatencyStages.Count; i++)
            {
                w.WriteNumber(LatencyStages.ToName((LatencyStage)i), Math.Round(g.StageMeanMs((LatencyStage)i), 4));
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteAccounting(Utf8JsonWriter w, LatencyAccounting a)
    {
        w.WriteStartObject("accounting");
        w.WriteNumber("events", a.Events);
        w.WriteNumber("presented", a.Presented);
        w.WriteNumber("inHistograms", a.InHistograms);
        w.WriteNumber("lateReports", a.LateReports);
        w.WriteBoolean("complete", a.IsComplete);
        w.WriteStartArray("missing");
        foreach (var id in a.Missing)
        {
            w.WriteNumberValue(id);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRollbacks(Utf8JsonWriter w, IReadOnlyList<RollbackRecord> rollbacks)
    {
        w.WriteStartArray("rollbacks");
        foreach (var r in rollbacks)
        {
            w.WriteStartObject();
            w.WriteString("page", r.Page);
            w.WriteString("from", PagePaths.ToName(r.From));
            if (r.To is { } to)
            {
                w.WriteString("to", PagePaths.ToName(to));
            }
            else
            {
                w.WriteNull("to");
            }
            w.WriteString("reason", r.Reason);
            w.WriteString("exceptionType", r.ExceptionType);
            w.WriteString("message", r.Message);
            w.WriteString("stack", r.Stack);
            w.WriteString("time", r.Time);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteMs(Utf8JsonWriter w, string name, double ms)
    {
        if (double.IsNaN(ms))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, Math.Round(ms, 4));
        }
    }
}
