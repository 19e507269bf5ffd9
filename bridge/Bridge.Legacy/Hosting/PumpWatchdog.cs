using System.Diagnostics;
using Bridge.Legacy.Engines;

namespace Bridge.Legacy.Hosting;

/// <summary>Stops a pump that runs past its budget: a thread that sleeps until the deadline of the pump running now,
/// so a hang is caught within a few milliseconds of the budget (not at the next tick of a poll).</summary>
/// <remarks>The budget is CPU time of the script's thread or process where the runtime can measure it: at the wall
/// deadline the watchdog asks how much CPU the pump used, and when a loaded machine gave it less, waits for the rest, up
/// to <c>wallFactor</c> times the budget in wall time (a pump that waits without using CPU is stopped then). At the deadline it calls
/// <c>interrupt</c>; if the pump is still running <c>grace</c> later (a host call no interrupt reaches), it calls
/// <c>giveUp</c>. <see cref="Arm"/> and <see cref="Disarm"/> come from whichever thread pumps (one at a time), around every pump.</remarks>
internal sealed class PumpWatchdog : IDisposable
{
    // CPU clocks tick in steps (a process's in 10 ms) and the start is read just after the pump starts.
    private static readonly TimeSpan s_cpuTolerance = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan s_shortestWait = TimeSpan.FromMilliseconds(5);
    private readonly object _gate = new();
    private readonly Thread _thread;
    private readonly long _grace;
    private readonly int _wallFactor;
    private TimeSpan _budgetSpan;
    private long _wallCap;
    private readonly Func<CpuClock?> _cpu;
    private readonly Action _interrupt;
    private readonly Action _giveUp;
    private long _deadline;
    private long _armedAt;
    private long _generation;
    private long _sampled;
    private CpuClock? _clock;
    private TimeSpan? _cpuStart;
    private bool _interrupted;
    private bool _fired;
    private bool _stopping;

    public PumpWatchdog(string name, TimeSpan grace, int wallFactor, Func<CpuClock?> cpu, Action interrupt, Action giveUp)
    {
        _grace = Ticks(grace);
        _wallFactor = wallFactor;
        _cpu = cpu;
        _interrupt = interrupt;
        _giveUp = giveUp;
        _thread = new Thread(Run) { IsBackground = true, Name = "bridge-watchdog-" + name };
        _thread.Start();
    }

    /// <summary>How late after its deadline the last interrupt was sent.</summary>
    public TimeSpan LastLateness { get; private set; }

    /// <summary>A pump starts now, and may use <paramref name="budget"/> of CPU (<c>wallFactor</c> times that in wall time).</summary>
    public void Arm(TimeSpan budget)
    {
        lock (_gate)
        {
            _budgetSpan = budget;
            _wallCap = Ticks(budget) * _wallFactor;
            _armedAt = Stopwatch.GetTimestamp();
            _deadline = _armedAt + Ticks(budget);
            _generation++;
            _interrupted = false;
            _fired = false;
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>The pump ended (JS thread); true when the watchdog interrupted it (whether or not the interrupt landed).</summary>
    public bool Disarm()
    {
        lock (_gate)
        {
            var over = _fired;
            _deadline = 0;
            return over;
        }
    }

    private void Run()
    {
        while (true)
        {
            Action? act = null;
            long generation;
            var sample = false;
            lock (_gate)
            {
                if (_stopping)
                {
                    return;
                }
                if (_deadline == 0)
                {
                    Monitor.Wait(_gate);
                    continue;
                }
                generation = _generation;
                if (_sampled != generation)
                {
                    sample = true;
                }
                else
                {
                    var left = _deadline - Stopwatch.GetTimestamp();
                    if (left > 0)
                    {
                        Monitor.Wait(_gate, TimeSpan.FromSeconds(Math.Max((double)left / Stopwatch.Frequency, 0.001)));
                        continue;
                    }
                    if (_interrupted)
                    {
                        _deadline = 0;
                        act = _giveUp;
                    }
                }
            }
            if (sample)
            {
                // The pump's CPU start, read off the JS thread (a process clock reads a file).
                var clock = _cpu();
                var start = clock?.Read();
                lock (_gate)
                {
                    if (_generation == generation)
                    {
                        _sampled = generation;
                        _clock = clock;
                        _cpuStart = start;
                    }
                }
                continue;
            }
            if (act is null)
            {
                var used = _clock?.Read() - _cpuStart;
                lock (_gate)
                {
                    if (_generation != generation || _deadline == 0 || _interrupted)
                    {
                        continue;
                    }
                    var now = Stopwatch.GetTimestamp();
                    if (used is { } cpu && cpu < _budgetSpan - s_cpuTolerance && now - _armedAt < _wallCap)
                    {
                        // Other work had the CPU: the script gets the rest of its budget.
                        var rest = _budgetSpan - cpu;
                        _deadline = now + Ticks(rest < s_shortestWait ? s_shortestWait : rest);
                        continue;
                    }
                    LastLateness = TimeSpan.FromSeconds((double)(now - _deadline) / Stopwatch.Frequency);
                    _interrupted = _fired = true;
                    _deadline = now + _grace;
                    act = _interrupt;
                }
            }
            act();
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }
        _thread.Join(TimeSpan.FromSeconds(2));
    }
}
