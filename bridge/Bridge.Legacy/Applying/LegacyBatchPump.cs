using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Hosting;
using Serilog;

namespace Bridge.Legacy.Applying;

/// <summary>The UI thread's end of the bus for one engine: each frame, takes one batch per page root, decodes it and applies it.</summary>
/// <remarks>A batch that does not decode or does not validate changes nothing, is logged, and JS gets a BatchRejected
/// event for its page root and revision. Never waits for JS.</remarks>
public sealed class LegacyBatchPump
{
    private readonly OpBatchQueue _batches;
    private readonly Action<EventBatch> _post;
    private readonly OpApplier _applier;
    private readonly ILogger _log;
    private readonly List<WireBatch> _frame = new(8);
    private readonly OpBatch _decoded = new();
    private readonly EventBatch _rejections = new();

    /// <summary>Joins an engine's op batches to an applier.</summary>
    public LegacyBatchPump(ILegacyEngine engine, OpApplier applier, ILogger? log = null)
        : this((engine ?? throw new ArgumentNullException(nameof(engine))).Batches, engine.Post, applier, log)
    {
    }

    /// <summary>Joins a queue of op batches to an applier; <paramref name="post"/> sends the BatchRejected events back.</summary>
    public LegacyBatchPump(OpBatchQueue batches, Action<EventBatch> post, OpApplier applier, ILogger? log = null)
    {
        _batches = batches ?? throw new ArgumentNullException(nameof(batches));
        _post = post ?? throw new ArgumentNullException(nameof(post));
        _applier = applier ?? throw new ArgumentNullException(nameof(applier));
        _log = (log ?? Serilog.Core.Logger.None).ForContext<LegacyBatchPump>();
    }

    /// <summary>Batches applied so far.</summary>
    public long Applied { get; private set; }

    /// <summary>Batches rejected so far (undecodable or invalid).</summary>
    public long Rejected { get; private set; }

    /// <summary>Stale batches dropped so far.</summary>
    public long Stale { get; private set; }

    /// <summary>The batch decoded last (valid inside the <c>onResult</c> callback of <see cref="ApplyFrame"/>: its causes, ops).</summary>
    public OpBatch LastBatch => _decoded;

    /// <summary>How long decoding the batch applied last took, in milliseconds (valid inside <c>onResult</c>).</summary>
    public double LastDecodeMs { get; private set; }

    /// <summary>How long the JS pumps that wrote the batch applied last ran, in milliseconds (valid inside <c>onResult</c>).</summary>
    public double LastJsMs { get; private set; }

    /// <summary>Applies this frame's batches; <paramref name="onResult"/> (optional) sees each result with its page root.</summary>
    public int ApplyFrame(Action<uint, ApplyResult>? onResult = null)
    {
        _frame.Clear();
        _batches.TakeFrame(_frame);
        _rejections.Clear();
        foreach (var wire in _frame)
        {
            ApplyResult result;
            LastDecodeMs = 0;
            LastJsMs = wire.JsMs;
            try
            {
                if (wire.Error is not null)
                {
                    throw new BusFormatException(-1, wire.Error);
                }
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                OpBatchCodec.Decode(wire.Bytes, _decoded);
                LastDecodeMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                result = _applier.Apply(_decoded);
            }
            catch (BusFormatException e)
            {
                _decoded.Clear();
                result = _applier.Reject(wire.PageRoot, $"page root {wire.PageRoot} revision {wire.Revision}: undecodable batch: {e.Message}");
            }
            switch (result.Status)
            {
                case ApplyStatus.Applied:
                    Applied++;
                    break;
                case ApplyStatus.Rejected:
                    Rejected++;
                    _rejections.Add(HostEvent.BatchRejected(wire.PageRoot, wire.Revision, result.Message!));
                    break;
                case ApplyStatus.Stale:
                    Stale++;
                    break;
            }
            onResult?.Invoke(wire.PageRoot, result);
        }
        if (_rejections.Count > 0)
        {
            _post(_rejections);
        }
        return _frame.Count;
    }
}
