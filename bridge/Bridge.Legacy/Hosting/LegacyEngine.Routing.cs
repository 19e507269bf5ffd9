using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Schema;
using Serilog.Events;

namespace Bridge.Legacy.Hosting;

/// <summary>Where the runtime's output goes: page batches to the UI queue, runtime requests handled on the JS thread.</summary>
public abstract partial class LegacyEngine
{
    private void RouteOutput(JsThread t, int length)
    {
        if (length <= 0 || !IsCurrent(t))
        {
            // A runtime replaced while it pumped (a reload) speaks for pages that are gone.
            return;
        }
        var output = t.Runtime!.Output(length);
        t.PumpWrotePages = false;
        // Page batches first, then the runtime's requests of the same turn: a requestFocus or measure of a node JS has
        // just committed reaches the UI thread after the batch that creates it (the page driver carries a request only
        // once every batch queued before it is applied), whatever order JS flushed its outboxes in.
        try
        {
            BatchFraming.Split(output, (Engine: this, Thread: t, Pages: true), static (state, batch) => state.Engine.RouteBatch(state.Thread, batch, state.Pages));
        }
        catch (BusFormatException e)
        {
            ReportUnreadable(e);
        }
        try
        {
            BatchFraming.Split(output, (Engine: this, Thread: t, Pages: false), static (state, batch) => state.Engine.RouteBatch(state.Thread, batch, state.Pages));
        }
        catch (BusFormatException)
        {
            // The same cut the first pass reported; the runtime batches before it are routed.
        }
    }

    /// <summary>Sends one batch on: page batches to the UI queue, runtime batches handled here; a batch whose framing is
    /// bad is reported and dropped alone (the UI thread rejects a page batch whose ops are bad).</summary>
    private void RouteBatch(JsThread t, ReadOnlyMemory<byte> batch, bool pageBatches)
    {
        try
        {
            (uint pageRoot, uint revision) header;
            try
            {
                header = BatchFraming.ReadHeader(batch);
            }
            catch (BusFormatException) when (pageBatches)
            {
                return; // reported once, by the runtime pass
            }
            var (pageRoot, revision) = header;
            if ((pageRoot != 0) != pageBatches)
            {
                return;
            }
            if (pageRoot != 0)
            {
                // The UI thread keeps the bytes after the runtime reuses its output buffer: copy once.
                Batches.Enqueue(pageRoot, revision, batch.ToArray(), t.LastPumpMs);
                t.PumpWrotePages = true;
                Interlocked.Increment(ref _batchesOut);
                Interlocked.Add(ref _bytesOut, batch.Length);
                return;
            }
            OpBatchCodec.Decode(batch, t.RuntimeBatch);
        }
        catch (BusFormatException e)
        {
            ReportUnreadable(e);
            return;
        }
        var causes = t.RuntimeBatch.CausedBy.ToArray();
        foreach (var op in t.RuntimeBatch.Ops)
        {
            HandleRuntimeOp(t, op, causes);
        }
    }

    private void ReportUnreadable(BusFormatException e)
    {
        Interlocked.Increment(ref _errors);
        _log.Error("{Engine}: JS runtime wrote an unreadable batch: {Message}", Name, e.Message);
        _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Error, $"{Name}: unreadable op batch from the JS runtime: {e.Message}",
            null, null, Array.Empty<uint>()));
    }

    private void HandleRuntimeOp(JsThread t, in Op op, uint[] causes)
    {
        switch (op.Code)
        {
            case OpCode.Log:
                _log.Write(ToSerilog(op.Level), "JS {Engine}: {Message:l}", Name, op.Text);
                break;
            case OpCode.DataRequest:
                StartDataRequest(t, op.RequestId, op.Text!, op.Data);
                break;
            case OpCode.Navigate:
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Navigate, op.Text, op.Data, null, causes));
                break;
            case OpCode.GoBack:
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.GoBack, null, null, null, causes));
                break;
            case OpCode.RequestFocus:
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.RequestFocus, op.Text,
                    op.FocusTo != 0 ? new FocusMove(op.FocusPage, op.FocusFrom, op.FocusTo) : null, null, causes));
                break;
            case OpCode.KeyHandled:
                RecordKeyVerdict(op.EventId, op.Consumed, t.PumpWrotePages ? 0 : t.LastPumpMs);
                break;
            case OpCode.Measure:
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Measure, null, null, null, causes)
                {
                    Measure = new MeasureRequest(op.RequestId, op.MeasurePage, op.MeasureNode, op.MeasureRelativeTo),
                });
                break;
            case OpCode.Error:
                Interlocked.Increment(ref _errors);
                _log.Error("JS {Engine}: {Message:l}\n{Stack:l}", Name, op.Text, op.Extra);
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Error, op.Text, null, op.Extra, causes));
                break;
            default:
                _log.Error("{Engine}: op {Op} is not allowed in the runtime batch (page root 0); dropped", Name, op.Code);
                break;
        }
    }

    private static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Info => LogEventLevel.Information,
        LogLevel.Warn => LogEventLevel.Warning,
        _ => LogEventLevel.Error,
    };

    private void StartDataRequest(JsThread t, uint requestId, string resource, object? parameters)
    {
        Interlocked.Increment(ref _pendingData);
        // On the thread pool: the app's data service may do work before its first await, and the thread that routed the
        // request may be the UI thread (a pump for an answer).
        _ = Task.Run(() => AnswerDataRequest(t, requestId, resource, parameters));
    }

    private async Task AnswerDataRequest(JsThread t, uint requestId, string resource, object? parameters)
    {
        HostEvent response;
        try
        {
            var service = Options.DataService
                ?? throw new InvalidOperationException($"no host data service is configured for the {Name} legacy engine");
            var data = await service.FetchAsync(resource, parameters, _stopping.Token).ConfigureAwait(false);
            response = HostEvent.DataOk(requestId, data);
        }
        catch (Exception e)
        {
            _log.Warning("{Engine}: fetchData('{Resource}') request {RequestId} failed: {Message}", Name, resource, requestId, e.Message);
            response = HostEvent.DataFailed(requestId, e.Message);
        }
        if (!IsCurrent(t))
        {
            // The runtime that asked was stopped: its request ids mean nothing to the next one.
            Interlocked.Decrement(ref _pendingData);
            lock (_idleGate)
            {
                Monitor.PulseAll(_idleGate);
            }
            return;
        }
        try
        {
            _inbox.Post(new EventBatch().Add(response));
        }
        catch (Exception e)
        {
            _log.Error("{Engine}: the answer to fetchData('{Resource}') cannot be encoded: {Message}", Name, resource, e.Message);
            _inbox.Post(new EventBatch().Add(HostEvent.DataFailed(requestId, $"the answer to fetchData('{resource}') cannot be encoded: {e.Message}")));
        }
        Wake();
        Interlocked.Decrement(ref _pendingData);
        lock (_idleGate)
        {
            Monitor.PulseAll(_idleGate);
        }
    }
}
