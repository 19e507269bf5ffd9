using System.Diagnostics;
using Bridge.Bus.Events;
using Bridge.Schema;

namespace Bridge.Legacy.Hosting;

/// <summary>Key verdicts: JS answers every key event with a <see cref="OpCode.KeyHandled"/> op, recorded here on the JS
/// thread; the UI thread polls for the verdict of a key it holds back (it never waits for JS in a frame).</summary>
public abstract partial class LegacyEngine
{
    // The latest verdicts, as a ring: keys nobody asks about are overwritten, never accumulated.
    private const int VerdictSlots = 64;
    private readonly KeyVerdict[] _verdicts = new KeyVerdict[VerdictSlots];
    private int _nextVerdict;

    /// <inheritdoc/>
    public KeyVerdictState PollKeyVerdict(uint eventId, long postedAfter = long.MaxValue)
    {
        lock (_idleGate)
        {
            return PollLocked(eventId, postedAfter);
        }
    }

    /// <inheritdoc/>
    public long Posted => Interlocked.Read(ref _posted);

    /// <inheritdoc/>
    public bool? WaitForKeyVerdict(uint eventId, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_idleGate)
        {
            while (true)
            {
                switch (PollLocked(eventId, long.MaxValue))
                {
                    case KeyVerdictState.Consumed:
                        return true;
                    case KeyVerdictState.NotConsumed:
                        return false;
                    case KeyVerdictState.Unanswered:
                        return null;
                }
                var left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    return null;
                }
                Monitor.Wait(_idleGate, TimeSpan.FromSeconds((double)left / Stopwatch.Frequency));
            }
        }
    }

    private KeyVerdictState PollLocked(uint eventId, long postedAfter)
    {
        var slot = FindVerdict(eventId);
        if (slot >= 0)
        {
            return _verdicts[slot].Consumed ? KeyVerdictState.Consumed : KeyVerdictState.NotConsumed;
        }
        if (Ready.IsFaulted || _stopping.IsCancellationRequested || _fault is not null || _stop is not null)
        {
            return KeyVerdictState.Unanswered;
        }
        // JS processed the post that carried the key (or everything posted so far) and did not answer it: a bundle
        // built with an older runtime, or a pump the watchdog interrupted.
        var seen = Math.Min(postedAfter, Interlocked.Read(ref _posted));
        return Ready.IsCompleted && _processed >= seen ? KeyVerdictState.Unanswered : KeyVerdictState.Pending;
    }

    /// <inheritdoc/>
    public double KeyVerdictJsMs(uint eventId)
    {
        lock (_idleGate)
        {
            var slot = FindVerdict(eventId);
            return slot >= 0 ? _verdicts[slot].JsMs : 0;
        }
    }

    /// <summary>Whoever pumps: records the verdict of a key and wakes the UI thread if it waits for it.</summary>
    private void RecordKeyVerdict(uint eventId, bool consumed, double jsMs)
    {
        lock (_idleGate)
        {
            _verdicts[_nextVerdict] = new KeyVerdict(eventId, consumed, Known: true, jsMs);
            _nextVerdict = (_nextVerdict + 1) % VerdictSlots;
            Monitor.PulseAll(_idleGate);
        }
    }

    /// <summary>Forgets earlier verdicts of the keys in a batch being posted: a verdict answers the latest posting of its
    /// event id (hosts sharing an engine, as tests do, number their keys from 1 each).</summary>
    private void ForgetKeyVerdicts(EventBatch events)
    {
        foreach (ref readonly var e in events.Events)
        {
            if (e.Code != EventCode.Key)
            {
                continue;
            }
            lock (_idleGate)
            {
                var slot = FindVerdict(e.EventId);
                if (slot >= 0)
                {
                    _verdicts[slot] = default;
                }
            }
        }
    }

    // Newest first, so that a key posted again as encoded bytes (which forget nothing) finds its latest answer.
    private int FindVerdict(uint eventId)
    {
        for (var n = 1; n <= VerdictSlots; n++)
        {
            var i = (_nextVerdict - n + VerdictSlots) % VerdictSlots;
            ref readonly var v = ref _verdicts[i];
            if (v.Known && v.EventId == eventId)
            {
                return i;
            }
        }
        return -1;
    }

    private readonly record struct KeyVerdict(uint EventId, bool Consumed, bool Known, double JsMs = 0);
}
