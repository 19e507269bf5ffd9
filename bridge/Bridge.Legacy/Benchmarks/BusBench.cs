using System.Buffers;
using System.Text.Json;
using Bridge.Bus;
using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Schema;
using Bridge.Host;

namespace Bridge.Legacy.Benchmarks;

/// <summary>Encode + decode of the reference 100-op batch with the bus codec, beside System.Text.Json on the same batch.</summary>
internal sealed class BusBench : IBenchmark
{
    private const double BudgetMicroseconds = 10;

    public string Name => "bus";

    public string Description => "Encode + decode of a 100-op batch (50 creates with 4 props, 30 updates with 2, 20 inserts): MessagePack vs System.Text.Json.";

    public int Run(int rounds, TextWriter output)
    {
        if (rounds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "--rounds must be at least 1");
        }
        var batch = ReferenceBatch();
        var buffer = new ArrayBufferWriter<byte>(4096);
        var decoded = new OpBatch();

        OpBatchCodec.Encode(batch, buffer);
        var packSize = buffer.WrittenCount;
        OpBatchCodec.Decode(buffer.WrittenMemory, decoded);
        if (BatchText.Describe(decoded) != BatchText.Describe(batch))
        {
            throw new InvalidOperationException("the MessagePack round trip changed the reference batch");
        }
        var pack = Measure.Run(() =>
        {
            buffer.ResetWrittenCount();
            OpBatchCodec.Encode(batch, buffer);
            OpBatchCodec.Decode(buffer.WrittenMemory, decoded);
        }, rounds, 2000);

        var encodeOnly = Measure.Run(() =>
        {
            buffer.ResetWrittenCount();
            OpBatchCodec.Encode(batch, buffer);
        }, rounds, 2000);
        var decodeOnly = Measure.Run(() => OpBatchCodec.Decode(buffer.WrittenMemory, decoded), rounds, 2000);

        var dto = JsonBatch.From(batch);
        var jsonBytes = JsonSerializer.SerializeToUtf8Bytes(dto, JsonBatch.Options);
        if (JsonSerializer.Deserialize<JsonBatch>(jsonBytes, JsonBatch.Options)!.Ops.Length != batch.Count)
        {
            throw new InvalidOperationException("the JSON round trip lost ops of the reference batch");
        }
        var jsonBuffer = new ArrayBufferWriter<byte>(8192);
        using var jsonWriter = new Utf8JsonWriter(jsonBuffer);
        var json = Measure.Run(() =>
        {
            jsonBuffer.ResetWrittenCount();
            jsonWriter.Reset(jsonBuffer);
            JsonSerializer.Serialize(jsonWriter, dto, JsonBatch.Options);
            JsonSerializer.Deserialize<JsonBatch>(jsonBuffer.WrittenSpan, JsonBatch.Options);
        }, rounds, 2000);

        output.WriteLine($"{"codec",-20} {"µs/round trip (median)",24} {"best",8} {"bytes",7} {"bytes/op",9} {"B allocated/round trip",24}");
        output.WriteLine($"{"MessagePack (bus)",-20} {Us(pack.MedianNs),24} {Us(pack.BestNs),8} {packSize,7} {packSize / (double)batch.Count,9:F1} {pack.AllocatedBytes,24:F0}");
        output.WriteLine($"{"System.Text.Json",-20} {Us(json.MedianNs),24} {Us(json.BestNs),8} {jsonBytes.Length,7} {jsonBytes.Length / (double)batch.Count,9:F1} {json.AllocatedBytes,24:F0}");
        var ratio = pack.MedianNs / json.MedianNs;
        var verdict = pack.MedianNs / 1000 <= BudgetMicroseconds ? "within" : "OVER";
        output.WriteLine($"MessagePack encode alone {Us(encodeOnly.MedianNs)} µs, decode alone {Us(decodeOnly.MedianNs)} µs ({decodeOnly.AllocatedBytes:F0} B allocated)");
        output.WriteLine($"ratio MessagePack/JSON (median time): {ratio:F2}; size ratio: {packSize / (double)jsonBytes.Length:F2}");
        output.WriteLine($"budget: ≤ {BudgetMicroseconds} µs per encode+decode of the 100-op batch: {verdict} ({pack.MedianNs / 1000:F2} µs)");
        return 0;
    }

    /// <summary>50 creates with 4 props, 30 prop updates with 2 props, 20 inserts.</summary>
    internal static OpBatch ReferenceBatch()
    {
        var batch = new OpBatch { PageRoot = 1, Revision = 42 };
        batch.AddCause(7);
        for (uint i = 1; i <= 50; i++)
        {
            batch.Create(i, i % 5 == 0 ? WidgetType.Text : WidgetType.View,
            [
                new(PropKey.Width, PropValue.Of(240)),
                new(PropKey.Height, PropValue.Of(135)),
                new(PropKey.BackgroundColor, PropValue.Of("#1a2b3c")),
                new(PropKey.TestId, PropValue.Of($"tile-{i}")),
            ]);
        }
        for (uint i = 1; i <= 30; i++)
        {
            batch.UpdateProps(i, [new(PropKey.Opacity, PropValue.Of(0.5)), new(PropKey.Color, PropValue.Of("#ffffff"))]);
        }
        for (uint i = 1; i <= 20; i++)
        {
            batch.Insert(0, i);
        }
        return batch;
    }

    private static string Us(double ns) => $"{ns / 1000:F2}";

    /// <summary>The same batch as plain objects for System.Text.Json, props as a name → value map.</summary>
    internal sealed record JsonBatch(int Version, uint Root, uint Revision, uint[] CausedBy, JsonOp[] Ops)
    {
        public static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

        public static JsonBatch From(OpBatch b)
        {
            var ops = new JsonOp[b.Count];
            for (var i = 0; i < b.Count; i++)
            {
                var op = b.Ops[i];
                Dictionary<string, JsonElement>? props = null;
                if (op.PropCount > 0)
                {
                    props = new Dictionary<string, JsonElement>();
                    foreach (var p in b.PropsOf(op))
                    {
                        props[PropCatalog.Get(p.Key).JsName] = p.Value.Kind == PropValueKind.String
                            ? JsonSerializer.SerializeToElement(p.Value.String)
                            : JsonSerializer.SerializeToElement(p.Value.Number);
                    }
                }
                ops[i] = new JsonOp((int)op.Code, op.A, op.B, op.C, op.Text, props);
            }
            return new JsonBatch(b.SchemaVersion, b.PageRoot, b.Revision, b.CausedBy.ToArray(), ops);
        }
    }

    /// <summary>One op for System.Text.Json.</summary>
    internal sealed record JsonOp(int Code, uint A, uint B, uint C, string? Text, Dictionary<string, JsonElement>? Props);
}
