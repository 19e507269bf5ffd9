using System.Buffers;
using System.Diagnostics;
using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.Applying;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Schema;

namespace Bridge.Legacy.Benchmarks;

/// <summary>Per key event on a legacy page: JS time, ops, bytes, encode/decode; plus engine start and bundle load.</summary>
/// <remarks>Drives the engine's runtime synchronously on the calling thread (the work the JS thread does for one
/// event, without thread hand-offs), with the same pump loop as <see cref="LegacyEngine"/>.</remarks>
public static class LegacyBenchmark
{
    /// <summary>Result for one engine.</summary>
    public sealed record Report(
        string Engine,
        double EngineCreateMs,
        double BundleLoadMs,
        double MountMs,
        double WarmMountApplyUs,
        int MountOps,
        int MountBytes,
        Distribution JsMs,
        Distribution Ops,
        Distribution Bytes,
        Distribution EncodeUs,
        Distribution DecodeUs,
        Distribution ApplyUs,
        Distribution IdlePumpUs,
        int Events);

    /// <summary>Runs <paramref name="events"/> key events (after <paramref name="warmup"/>) on page <paramref name="page"/> of the bundle.</summary>
    public static Report Run(string engine, LegacyBundle bundle, string page, int warmup, int events)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var options = new LegacyEngineOptions { HandlerTimeout = TimeSpan.FromSeconds(30) };
        var start = Stopwatch.GetTimestamp();
        using IJsRuntime runtime = engine switch
        {
            "v8" => new V8JsRuntime(options),
            "jint" => new JintJsRuntime(options),
            _ => throw new ArgumentException($"unknown engine '{engine}' (expected v8 or jint)", nameof(engine)),
        };
        var created = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        start = Stopwatch.GetTimestamp();
        runtime.Load(bundle.Source, bundle.Name);
        var loaded = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        var world = new UiWorld(new TextSystem());
        var applier = new OpApplier(world);
        var container = world.CreateNode(WidgetType.View);
        world.InsertChild(world.ScreenRoot, container);
        applier.OpenRoot(1, container);
        var driver = new Driver(runtime, applier);
        var mount = driver.Send(new EventBatch().Add(HostEvent.PageMount(1, page, new Dictionary<string, object?>())));
        var target = driver.FocusTarget ?? throw new InvalidOperationException($"page '{page}' has no node with onKey to send keys to");

        var js = new List<double>(events);
        var ops = new List<double>(events);
        var bytes = new List<double>(events);
        var encode = new List<double>(events);
        var decode = new List<double>(events);
        var apply = new List<double>(events);
        KeyName[] cycle = [KeyName.Right, KeyName.Right, KeyName.Down, KeyName.Left, KeyName.Select, KeyName.Up, KeyName.Right, KeyName.Down];
        for (var i = 0; i < warmup + events; i++)
        {
            var key = cycle[i % cycle.Length];
            var sample = driver.Send(new EventBatch().Add(HostEvent.KeyPress((uint)(i + 1), target, key, i * 16.7)));
            if (i < warmup)
            {
                continue;
            }
            js.Add(sample.JsMs);
            ops.Add(sample.Ops);
            bytes.Add(sample.Bytes);
            encode.Add(sample.EncodeUs);
            decode.Add(sample.DecodeUs);
            apply.Add(sample.ApplyUs);
        }
        // A second mount of the page, warm (JIT, world storage): what applying a large batch costs in steady state.
        var second = world.CreateNode(WidgetType.View);
        world.InsertChild(world.ScreenRoot, second);
        applier.OpenRoot(2, second);
        var warmMount = driver.Send(new EventBatch().Add(HostEvent.PageMount(2, page, new Dictionary<string, object?>())));
        var idle = new List<double>(events);
        for (var i = 0; i < events; i++)
        {
            var t = Stopwatch.GetTimestamp();
            runtime.Pump(ReadOnlySpan<byte>.Empty, 0);
            idle.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
        }
        return new Report(engine, created, loaded, mount.JsMs, warmMount.ApplyUs, mount.Ops, mount.Bytes,
            Distribution.Of(js), Distribution.Of(ops), Distribution.Of(bytes), Distribution.Of(encode), Distribution.Of(decode),
            Distribution.Of(apply), Distribution.Of(idle), events);
    }

    private readonly record struct Sample(double JsMs, int Ops, int Bytes, double EncodeUs, double DecodeUs, double ApplyUs);

    private sealed class Driver(IJsRuntime runtime, OpApplier applier)
    {
        private readonly ArrayBufferWriter<byte> _events = new(256);
        private readonly OpBatch _decoded = new();
        private readonly List<byte[]> _batches = new();

        public uint? FocusTarget { get; private set; }

        public Sample Send(EventBatch batch)
        {
            var t = Stopwatch.GetTimestamp();
            _events.ResetWrittenCount();
            EventBatchCodec.Encode(batch, _events);
            var encodeUs = Stopwatch.GetElapsedTime(t).TotalMicroseconds;

            _batches.Clear();
            var jsTicks = 0L;
            t = Stopwatch.GetTimestamp();
            var length = runtime.Pump(_events.WrittenSpan, 0);
            jsTicks += Stopwatch.GetTimestamp() - t;
            for (var i = 0; length >= 0 && i < 16; i++)
            {
                if (length > 0)
                {
                    BatchFraming.Split(runtime.Output(length), _batches, static (list, b) => list.Add(b.ToArray()));
                }
                t = Stopwatch.GetTimestamp();
                length = runtime.Pump(ReadOnlySpan<byte>.Empty, 0);
                jsTicks += Stopwatch.GetTimestamp() - t;
            }

            var ops = 0;
            var bytes = 0;
            var decodeTicks = 0L;
            var applyTicks = 0L;
            foreach (var wire in _batches)
            {
                t = Stopwatch.GetTimestamp();
                OpBatchCodec.Decode(wire, _decoded);
                decodeTicks += Stopwatch.GetTimestamp() - t;
                if (_decoded.PageRoot == 0)
                {
                    continue;
                }
                ops += _decoded.Count;
                bytes += wire.Length;
                FocusTarget ??= FindOnKey(_decoded);
                t = Stopwatch.GetTimestamp();
                var result = applier.Apply(_decoded);
                applyTicks += Stopwatch.GetTimestamp() - t;
                if (result.Status != ApplyStatus.Applied)
                {
                    throw new InvalidOperationException($"benchmark batch was not applied: {result.Status} {result.Message}");
                }
            }
            var toUs = 1_000_000.0 / Stopwatch.Frequency;
            return new Sample(jsTicks * 1000.0 / Stopwatch.Frequency, ops, bytes, encodeUs, decodeTicks * toUs, applyTicks * toUs);
        }

        private static uint? FindOnKey(OpBatch batch)
        {
            foreach (var op in batch.Ops)
            {
                if (op.Code is OpCode.UpdateProps or OpCode.CreateNode)
                {
                    foreach (var p in batch.PropsOf(op))
                    {
                        if (p.Key == PropKey.OnKey)
                        {
                            return op.Node;
                        }
                    }
                }
            }
            return null;
        }
    }
}
