using System.Diagnostics;
using Bridge.Bus.Events;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Engines.Process;

namespace Bridge.Legacy.Hosting;

/// <summary>Answers pumped by the thread that waits for them: where the runtime runs in a worker process, the UI thread
/// sends the events of a key straight to the worker and reads the answer itself, instead of handing them to the JS
/// thread and being handed the answer back (two thread switches less per round trip).</summary>
/// <remarks>The caller waits for the answer no longer than its frame would have waited for the JS thread: when the
/// script runs longer, the JS thread reads the answer when it arrives (the watchdog still stops a pump that hangs), and
/// the frame goes on. The JS thread and a caller take turns on the runtime under <c>JsThread.Gate</c>.</remarks>
public abstract partial class LegacyEngine
{
    // 1 while events posted for an answer wait for the caller's pump (see PostForAnswer).
    private int _wakeDeferred;

    /// <inheritdoc/>
    /// <remarks>A runtime only its JS thread may drive (in this process), or one not loaded yet, is woken at once, as by
    /// <see cref="Post(EventBatch)"/>.</remarks>
    public void PostForAnswer(EventBatch events)
    {
        if (!CallerMayPump(out _, out _))
        {
            Post(events);
            return;
        }
        ForgetKeyVerdicts(events);
        _inbox.Post(events);
        Volatile.Write(ref _wakeDeferred, 1);
        Interlocked.Increment(ref _posted);
    }

    /// <inheritdoc/>
    public bool WaitForAnswer(TimeSpan timeout)
    {
        var start = Stopwatch.GetTimestamp();
        var posted = Interlocked.Read(ref _posted);
        if (Interlocked.Read(ref _answered) < posted && CallerMayPump(out var t, out var split) && Monitor.TryEnter(t.Gate, timeout))
        {
            try
            {
                if (IsCurrent(t) && Volatile.Read(ref t.Stopped) == 0 && Interlocked.Read(ref _answered) < posted)
                {
                    PumpForCaller(t, split, timeout - Stopwatch.GetElapsedTime(start));
                }
            }
            finally
            {
                Monitor.Exit(t.Gate);
            }
            if (t.CallerPumpCovers != 0)
            {
                // The script ran past the wait: the JS thread reads its answer when it comes.
                Volatile.Write(ref _wakeDeferred, 0);
                t.Wake.Set();
            }
            else
            {
                // The JS thread runs what the pump left (promise jobs, timers) once the caller is done with this frame's
                // answers (its next Tick): a pump of its own now would hold the runtime when the frame's next events
                // (focus and blur after the key) come.
                Volatile.Write(ref _wakeDeferred, 1);
            }
            return WaitUntil(TimeSpan.Zero, () => _answered >= posted);
        }
        WakeIfDeferred();
        var left = timeout - Stopwatch.GetElapsedTime(start);
        return WaitUntil(left < TimeSpan.Zero ? TimeSpan.Zero : left, () => _answered >= posted);
    }

    // True when a thread other than the JS thread may pump the current runtime now.
    private bool CallerMayPump(out JsThread t, out ISplitPump split)
    {
        t = Volatile.Read(ref _current)!;
        split = null!;
        if (t is null || !Ready.IsCompletedSuccessfully || _stopping.IsCancellationRequested || Volatile.Read(ref t.Stopped) != 0
            || t.Runtime is not ISplitPump { CanSplit: true } s)
        {
            return false;
        }
        split = s;
        return true;
    }

    // Under the runtime's gate: everything posted, pumped once; the answer is read here if it comes within the wait.
    private void PumpForCaller(JsThread t, ISplitPump split, TimeSpan wait)
    {
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        if (t.CallerPumpCovers != 0)
        {
            // An earlier caller's pump is still out (its script ran past that wait): its answer comes first, and what was
            // posted since goes to the JS thread after it.
            if (split.WaitForAnswer(wait))
            {
                FinishForCaller(t);
            }
            return;
        }
        var covers = Interlocked.Read(ref _posted);
        Volatile.Write(ref _wakeDeferred, 0);
        var input = _inbox.Take(out var mounts);
        if (!BeginPump(t, mounts))
        {
            return;
        }
        try
        {
            split.StartPump(input, Volatile.Read(ref _frameTime));
        }
        catch (JsRuntimeException e)
        {
            PumpFailed(t, e);
            return;
        }
        t.CallerPumpCovers = covers;
        if (split.WaitForAnswer(wait))
        {
            FinishForCaller(t);
        }
    }

    private void FinishForCaller(JsThread t)
    {
        try
        {
            FinishCallerPump(t);
        }
        catch (Exception e)
        {
            // As on the JS thread: a host-side failure stops this runtime only, never the frame that pumped.
            Stop(t, $"{Name}: a pump for an answer failed: {e.Message}", RuntimeStopKind.Crashed, e, onJsThread: true);
        }
    }

    /// <summary>Reads the answer of the pump a caller started, if one waits (whoever holds the gate), routes it and
    /// releases the wait for it.</summary>
    private void FinishCallerPump(JsThread t)
    {
        var covers = t.CallerPumpCovers;
        if (covers == 0)
        {
            return;
        }
        t.CallerPumpCovers = 0;
        int length;
        try
        {
            length = PumpEnded(t, ((ISplitPump)t.Runtime!).FinishPump());
        }
        catch (JsRuntimeException e)
        {
            length = PumpFailed(t, e);
        }
        RouteOutput(t, length);
        Volatile.Write(ref _nextDue, Volatile.Read(ref t.Stopped) == 0 ? t.Runtime!.NextTimerDue() : -1);
        lock (_idleGate)
        {
            if (IsCurrent(t))
            {
                _answered = Math.Max(_answered, covers);
            }
            Monitor.PulseAll(_idleGate);
        }
    }

    // Events posted for an answer nobody pumped (the frame did not wait for it): the JS thread takes them.
    private void WakeIfDeferred()
    {
        if (Volatile.Read(ref _wakeDeferred) != 0 && Interlocked.Exchange(ref _wakeDeferred, 0) != 0)
        {
            Volatile.Read(ref _current)?.Wake.Set();
        }
    }
}
