using System.Text.Json;
using System.Text.RegularExpressions;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration.Tests.Reports;

public sealed partial class ReportWriterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Report_json_has_every_event_and_a_summary_per_page_path_and_engine()
    {
        var report = SampleRun();

        ReportWriter.Write(report, _dir.Path);

        using var doc = JsonDocument.Parse(File.ReadAllText(_dir.Combine(ReportWriter.JsonFile)));
        var root = doc.RootElement;
        Assert.Equal("vsync", root.GetProperty("run").GetProperty("pace").GetString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(report.Latency.Events.Length, events.Count);
        Assert.Equal("right", events[0].GetProperty("key").GetString());
        Assert.Equal(0.4, events[0].GetProperty("stages").GetProperty("handler").GetDouble());
        Assert.Equal(JsonValueKind.Null, events[^1].GetProperty("presentMs").ValueKind);
        var summaries = root.GetProperty("summaries").EnumerateArray()
            .Select(s => $"{s.GetProperty("page").GetString()}/{s.GetProperty("path").GetString()}/{s.GetProperty("engine").GetString()}");
        Assert.Equal(["search/native/v8", "search/legacy/v8", "home/native/v8"], summaries);
        var accounting = root.GetProperty("accounting");
        Assert.False(accounting.GetProperty("complete").GetBoolean());
        Assert.Equal([report.Latency.Events.Length], accounting.GetProperty("missing").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("search", root.GetProperty("rollbacks")[0].GetProperty("page").GetString());
    }

    [Fact]
    public void Summaries_read_back_from_report_json()
    {
        var report = SampleRun();
        ReportWriter.Write(report, _dir.Path);

        var summaries = ReportWriter.ReadSummaries(_dir.Combine(ReportWriter.JsonFile));

        Assert.True(report.Latency.TryGetGroup("search", PagePath.Legacy, "v8", out var group));
        var legacy = Assert.Single(summaries, s => s.Page == "search" && s.Path == PagePath.Legacy);
        Assert.Equal(group.CommittedSummary.P99, legacy.Committed.P99, 3);
        Assert.Equal(group.PresentSummary.Count, legacy.Present.Count);
    }

    [Fact]
    public void Report_html_is_self_contained_with_plots_stage_bars_and_screenshots_side_by_side()
    {
        var image = new RgbaImage(4, 4, Enumerable.Repeat((byte)200, 64).ToArray());
        image.SavePng(_dir.Combine("search-1.native.png"));
        image.SavePng(_dir.Combine("search-1.legacy.png"));

        ReportWriter.Write(SampleRun(), _dir.Path);
        var html = File.ReadAllText(_dir.Combine(ReportWriter.HtmlFile));

        Assert.Equal(4, SvgOpen().Matches(html).Count); // a distribution per page × path (3) and the stage chart
        Assert.Contains("<title>handler:", html);
        Assert.Equal(2, Regex.Matches(html, "src=\"data:image/png;base64,").Count);
        Assert.Matches("<h3>search-1 \\(search\\)</h3><div class=\"pair\"><figure class=\"shot\"><figcaption>native</figcaption><img[^>]+><\\/figure><figure class=\"shot\"><figcaption>legacy</figcaption>", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("never presented", html);
        Assert.Contains("search</b>: native → legacy", html);
    }

    [Fact]
    public void Missing_screenshot_file_is_marked_not_fatal()
    {
        ReportWriter.Write(SampleRun(), _dir.Path);
        Assert.Contains("missing: search-1.native.png", File.ReadAllText(_dir.Combine(ReportWriter.HtmlFile)));
    }

    private static RunReport SampleRun()
    {
        var recorder = new LatencyRecorder(1000);
        var t = 0L;
        foreach (var (page, path, committed) in new[] { ("search", PagePath.Native, 1L), ("search", PagePath.Legacy, 6L), ("home", PagePath.Native, 1L) })
        {
            for (var i = 0; i < 10; i++)
            {
                t += 100;
                var id = recorder.Begin(KeyName.Right, page, path, "v8", t);
                recorder.AddStage(id, LatencyStage.Handler, 0.4);
                recorder.AddStage(id, LatencyStage.Render, 2);
                recorder.Committed(id, t + committed + i % 3);
                recorder.Presented(id, t + 16);
            }
        }
        recorder.Begin(KeyName.Back, "home", PagePath.Native, "v8", t + 100);
        var rollback = new RollbackRecord("search", PagePath.Native, PagePath.Legacy, "threw", "System.InvalidOperationException",
            "boom", "   at Search.Render()", DateTimeOffset.UnixEpoch);
        var info = new RunInfo("app.json", "s.json", "v8", "vsync", ScreenSize.Default, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(3));
        return new RunReport(info, recorder, [rollback],
        [
            new ScreenshotRecord("search-1", "search", PagePath.Native, "search-1.native.png"),
            new ScreenshotRecord("search-1", "search", PagePath.Legacy, "search-1.legacy.png"),
        ]);
    }

    [GeneratedRegex("<svg ")]
    private static partial Regex SvgOpen();
}
