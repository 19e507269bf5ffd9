using Serilog;

namespace Bridge.Legacy.Engines;

/// <summary>Limits and wiring of a legacy JS engine.</summary>
public sealed record LegacyEngineOptions
{
    /// <summary>JS heap cap in MiB (V8 runtime heap limit; Jint memory limit).</summary>
    public int HeapLimitMegabytes { get; init; } = 256;

    /// <summary>Most bytes of ArrayBuffers V8 lets script allocate, in MiB.</summary>
    public int ArrayBufferLimitMegabytes { get; init; } = 64;

    /// <summary>Most statements one pump may run in Jint (a deterministic backstop behind the watchdog).</summary>
    public int MaxStatementsPerPump { get; init; } = 100_000_000;

    /// <summary>Most CPU time one pump (event handlers, renders, timers) may use before the watchdog interrupts it. CPU
    /// time of the script's thread (or child process), so that a page is not stopped because other work on a loaded
    /// device took the CPU from it; a pump that runs <see cref="WallTimeFactor"/> times as long in wall time is
    /// stopped whatever CPU it used (a script waiting on nothing that ends). Where the platform has no CPU clock of a
    /// thread, wall time.</summary>
    public TimeSpan HandlerTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Most CPU time the pump that mounts a page may use: the page's first render, which builds its whole tree
    /// (a React Native screen rendered by Jint on a slow device takes seconds). Counted as <see cref="HandlerTimeout"/>.</summary>
    public TimeSpan MountTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times its CPU budget a pump may run in wall time, CPU or not.</summary>
    public const int WallTimeFactor = 5;

    /// <summary>How long a pump may go on after the watchdog interrupted it before the runtime is given up (its child
    /// process killed, or its thread abandoned in process).</summary>
    public TimeSpan InterruptGrace { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the JS engine runs: in a child process by default, so that nothing a page does can end the app.</summary>
    public JsIsolation Isolation { get; init; } = JsIsolation.Process;

    /// <summary>Most pumps in a row while promise jobs keep producing work, per wake-up of the JS thread.</summary>
    public int MaxPumpsPerWake { get; init; } = 16;

    /// <summary>Where console output, rejected work and runtime errors are logged.</summary>
    public ILogger Logger { get; init; } = Serilog.Core.Logger.None;

    /// <summary>Answers fetchData; unset means every request fails with a message saying so.</summary>
    public Bridge.Routing.IHostDataService? DataService { get; init; }
}

/// <summary>Where a legacy engine's JS runtime runs.</summary>
public enum JsIsolation : byte
{
    /// <summary>In a child process over the same bus: an engine abort (V8's fatal out-of-memory, a native stack overflow
    /// in Jint's built-ins) ends that process, and the runtime is restarted with its pages.</summary>
    Process,

    /// <summary>In the app's process: no process start, but an engine abort ends the app.</summary>
    InProcess,
}
