using System.Diagnostics;
using Serilog;

namespace Bridge.Host;

/// <summary>Milliseconds since the process started, and the steps of an app's start logged against them (debug level,
/// <c>--verbose</c>), so a slow start shows where its time went.</summary>
/// <remarks>The process start is read once (the kernel's start time of the process) and the rest is measured with the
/// monotonic stopwatch from that reading on. Any thread may call it.</remarks>
public static class StartupTimeline
{
    private static readonly long Anchor = Stopwatch.GetTimestamp();
    private static readonly double AnchorSinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>Milliseconds from the process start to the first use of this class (the program calls it first thing, so
    /// this is the runtime's own start).</summary>
    public static double FirstUseMs => AnchorSinceStart;

    /// <summary>Milliseconds from the process start to now.</summary>
    public static double SinceProcessStart() => AnchorSinceStart + Stopwatch.GetElapsedTime(Anchor).TotalMilliseconds;

    /// <summary>Logs that a step of the start is done, with the time since the process started.</summary>
    public static void Mark(ILogger log, string step)
    {
        ArgumentNullException.ThrowIfNull(log);
        log.Debug("Start: {Step} at {Ms:0} ms", step, SinceProcessStart());
    }
}
