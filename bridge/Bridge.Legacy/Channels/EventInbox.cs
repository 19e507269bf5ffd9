using System.Buffers;
using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Schema;

namespace Bridge.Legacy.Channels;

/// <summary>The UI → JS half of the bus: event batches appended back to back, taken by the JS thread all at once.</summary>
/// <remarks>Two buffers swap under a short lock, so posting never waits for JS and steady posting allocates nothing.</remarks>
internal sealed class EventInbox
{
    private readonly object _gate = new();
    private ArrayBufferWriter<byte> _pending = new(4096);
    private ArrayBufferWriter<byte> _taken = new(4096);
    private int _batches;
    private bool _mounts;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    /// <summary>Encodes a batch on the calling thread and appends it (any thread); a batch that fails to encode leaves nothing behind.</summary>
    public void Post(EventBatch batch)
    {
        var scratch = t_scratch ??= new ArrayBufferWriter<byte>(1024);
        scratch.ResetWrittenCount();
        EventBatchCodec.Encode(batch, scratch);
        Append(scratch.WrittenSpan, MountsAPage(batch));
    }

    /// <summary>Appends an already encoded event batch (any thread).</summary>
    public void Post(ReadOnlySpan<byte> encodedBatch) => Append(encodedBatch, mounts: false);

    private void Append(ReadOnlySpan<byte> encodedBatch, bool mounts)
    {
        lock (_gate)
        {
            _pending.Write(encodedBatch);
            _batches++;
            _mounts |= mounts;
        }
    }

    /// <summary>True when events wait.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _batches > 0;
            }
        }
    }

    /// <summary>Takes every waiting batch (JS thread); the span stays valid until the next call.</summary>
    public ReadOnlySpan<byte> Take() => Take(out _);

    /// <summary>Takes every waiting batch, and says whether one of them mounts a page (a first render is on its way).</summary>
    public ReadOnlySpan<byte> Take(out bool mounts)
    {
        _taken.ResetWrittenCount();
        lock (_gate)
        {
            (_pending, _taken) = (_taken, _pending);
            _batches = 0;
            mounts = _mounts;
            _mounts = false;
        }
        return _taken.WrittenSpan;
    }

    private static bool MountsAPage(EventBatch batch)
    {
        foreach (ref readonly var e in batch.Events)
        {
            if (e.Code == EventCode.PageMount)
            {
                return true;
            }
        }
        return false;
    }
}
