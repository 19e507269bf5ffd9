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
    private readonly ILegacyEngine _engine;
    private readonly OpApplier _applier;
    private readonly ILogger _log;
    private readonly List<WireBatch> _frame = new(8);
    private readonly OpBatch _decoded = new();
    private readonly EventBatch _rejections = new();

    /// <summary>Joins an engine's op batches to an applier.</summary>
    public LegacyBatchPump(ILegacyEngine engine, OpApplier applier, ILogger? log = null)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
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

    /// <summary>Applies this frame's batches; <paramref name="onResult"/> (optional) sees each result with its page root.</summary>
    public int ApplyFrame(Action<uint, ApplyResult>? onResult = null)
    {
        _frame.Clear();
        _engine.Batches.TakeFrame(_frame);
        _rejections.Clear();
        foreach (var wire in _frame)
        {
            ApplyResult result;
            try
            {
                OpBatchCodec.Decode(wire.Bytes, _decoded);
                result = _applier.Apply(_decoded);
            }
            catch (BusFormatException e)
            {
                var message = $"page root {wire.PageRoot} revision {wire.Revision}: undecodable batch: {e.Message}";
                _log.Error("Rejected legacy batch: {Reason}", message);
                result = new ApplyResult(ApplyStatus.Rejected, message, 0, Array.Empty<string>());
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
            _engine.Post(_rejections);
        }
        return _frame.Count;
    }
}
