using System.Diagnostics;

namespace Bridge.Legacy.Hosting;

/// <summary>Stops a pump that runs past its budget: a thread that sleeps until the deadline of the pump running now,
/// so a hang is caught within a few milliseconds of the budget (not at the next tick of a poll).</summary>
/// <remarks>At the deadline it calls <c>interrupt</c>; if the pump is still running <c>grace</c> later (a host call no
/// interrupt reaches), it calls <c>giveUp</c>. <see cref="Arm"/> and <see cref="Disarm"/> come from the JS thread,
/// around every pump.</remarks>
internal sealed class PumpWatchdog : IDisposable
{
    private readonly object _gate = new();
    private readonly Thread _thread;
    private readonly long _budget;
    private readonly long _grace;
    private readonly Action _interrupt;
    private readonly Action _giveUp;
    private long _deadline;
    private bool _interrupted;
    private bool _fired;
    private bool _stopping;

    public PumpWatchdog(string name, TimeSpan budget, TimeSpan grace, Action interrupt, Action giveUp)
    {
        _budget = (long)(budget.TotalSeconds * Stopwatch.Frequency);
        _grace = (long)(grace.TotalSeconds * Stopwatch.Frequency);
        _interrupt = interrupt;
        _giveUp = giveUp;
        _thread = new Thread(Run) { IsBackground = true, Name = "bridge-watchdog-" + name };
        _thread.Start();
    }

    /// <summary>How late after its deadline the last interrupt was sent.</summary>
    public TimeSpan LastLateness { get; private set; }

    /// <summary>A pump starts now (JS thread).</summary>
    public void Arm()
    {
        lock (_gate)
        {
            _deadline = Stopwatch.GetTimestamp() + _budget;
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
                var left = _deadline - Stopwatch.GetTimestamp();
                if (left > 0)
                {
                    Monitor.Wait(_gate, TimeSpan.FromSeconds(Math.Max((double)left / Stopwatch.Frequency, 0.001)));
                    continue;
                }
                if (!_interrupted)
                {
                    LastLateness = TimeSpan.FromSeconds((double)-left / Stopwatch.Frequency);
                    _interrupted = _fired = true;
                    _deadline = Stopwatch.GetTimestamp() + _grace;
                    act = _interrupt;
                }
                else
                {
                    _deadline = 0;
                    act = _giveUp;
                }
            }
            act();
        }
    }

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
