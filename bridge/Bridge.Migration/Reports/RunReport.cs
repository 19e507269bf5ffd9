using Bridge.Routing;

namespace Bridge.Migration;

/// <summary>How a run was made, as report.json and report.html state it.</summary>
/// <param name="Manifest">The manifest file.</param>
/// <param name="Script">The script file.</param>
/// <param name="Engine">The JS engine name ("v8", "jint").</param>
/// <param name="Pace">"vsync", "unpaced" or "stepped".</param>
/// <param name="Size">The viewport.</param>
/// <param name="Started">When the run started.</param>
/// <param name="Duration">How long it took.</param>
public sealed record RunInfo(string Manifest, string Script, string Engine, string Pace, ScreenSize Size, DateTimeOffset Started,
    TimeSpan Duration);

/// <summary>A screenshot the script asked for, as written into the output directory.</summary>
/// <param name="Name">The script's name for it.</param>
/// <param name="Page">The page on screen.</param>
/// <param name="Path">The path that drew it (native or legacy); compared pages have one of each under the same name.</param>
/// <param name="File">The PNG file, relative to the output directory.</param>
public sealed record ScreenshotRecord(string Name, string Page, PagePath Path, string File);

/// <summary>Everything a run reports: how it ran, every event, rollbacks and screenshots.</summary>
/// <param name="Info">How the run was made.</param>
/// <param name="Latency">The recorder holding every input event.</param>
/// <param name="Rollbacks">Pages switched to their fallback during the run.</param>
/// <param name="Screenshots">Screenshots written.</param>
public sealed record RunReport(RunInfo Info, LatencyRecorder Latency, IReadOnlyList<RollbackRecord> Rollbacks,
    IReadOnlyList<ScreenshotRecord> Screenshots)
{
    /// <summary>What went wrong in pages: native handlers that threw, JS errors, rejected batches.</summary>
    public IReadOnlyList<RunError> Errors { get; init; } = [];

    /// <summary>True when the run stopped before its script ended (the program was asked to end).</summary>
    public bool Interrupted { get; init; }
}

/// <summary>One page × path × engine summary as read back from a report.json.</summary>
/// <param name="Page">The page.</param>
/// <param name="Path">The path.</param>
/// <param name="Engine">The engine.</param>
/// <param name="Committed">Key to committed.</param>
/// <param name="Present">Key to present.</param>
public sealed record ReportSummary(string Page, PagePath Path, string Engine, LatencySummary Committed, LatencySummary Present);
