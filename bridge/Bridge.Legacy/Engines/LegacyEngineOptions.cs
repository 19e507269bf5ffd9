using Serilog;

namespace Bridge.Legacy.Engines;

/// <summary>Limits and wiring of a legacy JS engine.</summary>
public sealed record LegacyEngineOptions
{
    /// <summary>JS heap cap in MiB (V8 old space and runtime heap limit; Jint memory limit).</summary>
    public int HeapLimitMegabytes { get; init; } = 256;

    /// <summary>Longest one pump (event handlers, renders, timers) may run before the watchdog interrupts it.</summary>
    public TimeSpan HandlerTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Most pumps in a row while promise jobs keep producing work, per wake-up of the JS thread.</summary>
    public int MaxPumpsPerWake { get; init; } = 16;

    /// <summary>Where console output, rejected work and runtime errors are logged.</summary>
    public ILogger Logger { get; init; } = Serilog.Core.Logger.None;

    /// <summary>Answers fetchData; unset means every request fails with a message saying so.</summary>
    public Bridge.Routing.IHostDataService? DataService { get; init; }
}
