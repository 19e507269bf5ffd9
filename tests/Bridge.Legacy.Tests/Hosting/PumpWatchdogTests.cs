using System.Diagnostics;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>The watchdog counts the CPU a pump's thread uses: a pump that has the CPU only half the time (a loaded
/// machine) runs past the wall budget untouched; one that spins past its CPU budget is stopped; one that waits is stopped
/// at the wall cap. Each pump runs on a thread of its own and measures its own CPU, so the machine's load cannot change
/// the outcome.</summary>
public sealed class PumpWatchdogTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);
    private const int NoWallCap = 10_000;

    [Fact]
    public void A_pump_that_has_the_cpu_half_the_time_is_not_stopped_at_the_wall_budget()
    {
        // Spinning half of each 10 ms slice until it used 80 % of its CPU budget: about 1.6 budgets of wall time.
        var (fired, cpu, wall) = RunPump(NoWallCap, spinShare: 0.5, cpuTarget: Budget * 0.8);

        Assert.False(fired, $"stopped after {cpu.TotalMilliseconds:0} ms of CPU in {wall.TotalMilliseconds:0} ms");
        Assert.True(wall > Budget, $"the pump took {wall.TotalMilliseconds:0} ms, not past the wall budget");
    }

    [Fact]
    public void A_pump_that_spins_past_its_cpu_budget_is_stopped()
    {
        var (fired, cpu, _) = RunPump(NoWallCap, spinShare: 1.0, cpuTarget: Budget * 3);

        Assert.True(fired, $"not stopped after {cpu.TotalMilliseconds:0} ms of CPU");
    }

    [Fact]
    public void A_pump_that_waits_using_no_cpu_is_stopped_at_the_wall_cap()
    {
        var (fired, _, wall) = RunPump(LegacyEngineOptions.WallTimeFactor, spinShare: 0.0, cpuTarget: TimeSpan.MaxValue);

        Assert.True(fired, $"not stopped after {wall.TotalMilliseconds:0} ms");
    }

    // Runs one pump on a thread of its own, spinning `spinShare` of each 10 ms slice and sleeping the rest, until the
    // watchdog interrupts it, it used `cpuTarget` of CPU, or 20 s passed.
    private static (bool Fired, TimeSpan Cpu, TimeSpan Wall) RunPump(int wallFactor, double spinShare, TimeSpan cpuTarget)
    {
        CpuClock? clock = null;
        var interrupted = 0;
        using var watchdog = new PumpWatchdog("test", TimeSpan.FromSeconds(30), wallFactor,
            () => Volatile.Read(ref clock), () => Interlocked.Exchange(ref interrupted, 1), () => { });
        var fired = false;
        var cpu = TimeSpan.Zero;
        var wall = Stopwatch.StartNew();
        var pump = new Thread(() =>
        {
            var own = CpuClock.ForCurrentThread();
            Volatile.Write(ref clock, own);
            var start = own?.Read() ?? TimeSpan.Zero;
            watchdog.Arm(Budget);
            while (Volatile.Read(ref interrupted) == 0 && wall.Elapsed < TimeSpan.FromSeconds(20))
            {
                var sliceEnd = Stopwatch.GetTimestamp() + (long)(0.010 * spinShare * Stopwatch.Frequency);
                while (Stopwatch.GetTimestamp() < sliceEnd)
                {
                }
                if (spinShare < 1)
                {
                    Thread.Sleep(TimeSpan.FromMilliseconds(10 * (1 - spinShare)));
                }
                cpu = (own?.Read() ?? TimeSpan.Zero) - start;
                if (cpu >= cpuTarget)
                {
                    break;
                }
            }
            fired = watchdog.Disarm();
        });
        pump.Start();
        pump.Join();
        Assert.NotNull(clock);
        return (fired, cpu, wall.Elapsed);
    }
}
