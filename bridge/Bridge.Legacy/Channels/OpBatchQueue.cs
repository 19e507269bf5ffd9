using Bridge.Bus.Codec;

namespace Bridge.Legacy.Channels;

/// <summary>The JS → UI half of the bus: encoded op batches per page root, taken by the UI thread one per root per frame.</summary>
/// <remarks>The JS thread enqueues; the UI thread calls <see cref="TakeFrame"/> and never blocks on JS: the lock
/// only guards list swaps. Batches waiting for the same root are coalesced into one (revision of the last); batches
/// that cannot be merged come out as one <see cref="WireBatch"/> carrying the framing error, to be rejected whole.</remarks>
public sealed class OpBatchQueue
{
    private readonly object _gate = new();
    private List<(uint PageRoot, uint Revision, ReadOnlyMemory<byte> Bytes, double JsMs)> _waiting = new();
    private List<(uint PageRoot, uint Revision, ReadOnlyMemory<byte> Bytes, double JsMs)> _taking = new();
    private readonly List<ReadOnlyMemory<byte>> _group = new();
    private long _enqueued;
    private long _coalesced;

    /// <summary>Batches the JS side sent so far.</summary>
    public long Enqueued => Interlocked.Read(ref _enqueued);

    /// <summary>Batches that were merged into another one of the same root before the UI took them.</summary>
    public long Coalesced => Interlocked.Read(ref _coalesced);

    /// <summary>Number of batches waiting (before coalescing).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Adds an encoded batch (JS thread) with the time the JS pump that wrote it ran.</summary>
    internal void Enqueue(uint pageRoot, uint revision, ReadOnlyMemory<byte> bytes, double jsMs = 0)
    {
        lock (_gate)
        {
            _waiting.Add((pageRoot, revision, bytes, jsMs));
        }
        Interlocked.Increment(ref _enqueued);
    }

    /// <summary>
    /// Moves every waiting batch into <paramref name="into"/>, one per page root in order of first arrival,
    /// merging the batches of a root that waited together. Returns how many it added. Never throws for bad bytes:
    /// a group that cannot be merged is added with <see cref="WireBatch.Error"/> set.
    /// </summary>
    public int TakeFrame(List<WireBatch> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (_gate)
        {
            (_waiting, _taking) = (_taking, _waiting);
        }
        var added = 0;
        for (var i = 0; i < _taking.Count; i++)
        {
            var (root, _, _, _) = _taking[i];
            // uint.MaxValue marks an entry already merged into an earlier batch of its root (hosts never use that id).
            if (root == uint.MaxValue)
            {
                continue;
            }
            _group.Clear();
            var revision = _taking[i].Revision;
            var jsMs = 0.0;
            for (var j = i; j < _taking.Count; j++)
            {
                if (_taking[j].PageRoot == root)
                {
                    _group.Add(_taking[j].Bytes);
                    revision = _taking[j].Revision;
                    jsMs += _taking[j].JsMs;
                    if (j > i)
                    {
                        _taking[j] = (uint.MaxValue, 0, default, 0);
                    }
                }
            }
            if (_group.Count == 1)
            {
                into.Add(new WireBatch(root, _taking[i].Revision, _taking[i].Bytes, 1) { JsMs = jsMs });
            }
            else
            {
                into.Add(Merge(root, revision) with { JsMs = jsMs });
                Interlocked.Add(ref _coalesced, _group.Count - 1);
            }
            added++;
        }
        _taking.Clear();
        _group.Clear();
        return added;
    }

    private WireBatch Merge(uint root, uint revision)
    {
        try
        {
            return new WireBatch(root, revision, BatchFraming.Merge(_group), _group.Count);
        }
        catch (BusFormatException e)
        {
            return new WireBatch(root, revision, ReadOnlyMemory<byte>.Empty, _group.Count) { Error = e.Message };
        }
    }
}
