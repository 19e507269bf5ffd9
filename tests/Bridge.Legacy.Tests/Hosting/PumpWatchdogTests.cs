using System.Diagnostics;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>The watchdog counts the CPU a pump's thread uses: a pump that has the CPU only half the time (a loaded
/// machine) runs past the wall budget untouched; one that spins is stopped; one that waits is stopped at the wall cap.</summary>
public sealed class PumpWatchdogTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void A_pump_that_has_the_cpu_half_the_time_is_not_stopped_at_the_wall_budget()
    {
        // Half the time spinning, half sleeping, for twice the budget: about one budget of CPU, short of it by more than
        // the tolerance.
        var fired = RunPump(Budget * 1.6, spinShare: 0.5);

        Assert.False(fired);
    }

    [Fact]
    public void A_pump_that_spins_past_its_cpu_budget_is_stopped()
    {
        var fired = RunPump(Budget * 3, spinShare: 1.0);

        Assert.True(fired);
    }

    [Fact]
    public void A_pump_that_waits_using_no_cpu_is_stopped_at_the_wall_cap()
    {
        var fired = RunPump(Budget * (LegacyEngineOptions.WallTimeFactor + 1), spinShare: 0.0);

        Assert.True(fired);
    }

    // Runs one pump on a thread of its own for `length` of wall time, spinning `spinShare` of each 10 ms slice and sleeping
    // the rest; true when the watchdog interrupted it.
    private static bool RunPump(TimeSpan length, double spinShare)
    {
        CpuClock? clock = null;
        var interrupted = 0;
        using var watchdog = new PumpWatchdog("test", Budget, TimeSpan.FromSeconds(10), Budget * LegacyEngineOptions.WallTimeFactor,
            () => Volatile.Read(ref clock), () => Interlocked.Exchange(ref interrupted, 1), () => { });
        var fired = false;
        var pump = new Thread(() =>
        {
            Volatile.Write(ref clock, CpuClock.ForCurrentThread());
            watchdog.Arm();
            var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < end && Volatile.Read(ref interrupted) == 0)
            {
                var sliceEnd = Stopwatch.GetTimestamp() + (long)(0.010 * spinShare * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < sliceEnd)
                {
                }
                if (spinShare < 1)
                {
                    Thread.Sleep(TimeSpan.FromMilliseconds(10 * (1 - spinShare)));
                }
            }
            fired = watchdog.Disarm();
        });
        pump.Start();
        pump.Join();
        Assert.NotNull(clock);
        return fired;
    }
}
