using System.Buffers;
using System.Text.Json;
using Bridge.Bench;
using Bridge.Bus;
using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Host;
using Bridge.Schema;
using MessagePack;
using MessagePack.Resolvers;

namespace Bridge.Legacy.Benchmarks;

/// <summary>Encode and decode of the reference 100-op batch with the bus codec, beside MessagePack-CSharp's typed
/// serializer and System.Text.Json's source-generated serializer on the same batch, in interleaved rounds.</summary>
/// <remarks>The peers serialize a ready-made DTO of the batch and deserialize into new DTOs (their natural job); the
/// bus codec writes from and reads into an <see cref="OpBatch"/>, checking every op as it reads. Each peer's round
/// trip is checked to give back the batch before anything is timed.</remarks>
internal sealed class BusBench : IBenchmark
{
    private const double BudgetMicroseconds = 10;
    private const double RoundMs = 1;

    public string Name => "bus";

    public string Description =>
        "Encode and decode of a 100-op batch (50 creates with 4 props, 30 updates with 2, 20 inserts): the bus codec vs " +
        "MessagePack-CSharp typed and System.Text.Json source-generated, interleaved rounds, medians.";

    public int Run(int rounds, TextWriter output)
    {
        if (rounds < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "--rounds must be at least 1");
        }
        var batch = ReferenceBatch();
        var expected = BatchText.Describe(batch);
        Side[] sides = [Ours(batch), MessagePackTyped(batch), JsonSourceGenerated(batch)];
        foreach (var side in sides)
        {
            side.Encode();
            var back = BatchText.Describe(side.DecodeToBatch());
            if (back != expected)
            {
                throw new InvalidOperationException($"{side.Name}: the round trip changed the reference batch:\n  sent {expected}\n  got  {back}");
            }
        }

        var samplers = new List<InterleavedSampler>();
        foreach (var side in sides)
        {
            samplers.Add(new InterleavedSampler(side.Encode, rounds, 2000, RoundMs));
            samplers.Add(new InterleavedSampler(side.Decode, rounds, 2000, RoundMs));
            samplers.Add(new InterleavedSampler(() => { side.Encode(); side.Decode(); }, rounds, 2000, RoundMs));
        }
        InterleavedSampler.Interleave(samplers);

        output.WriteLine($"100-op batch ({batch.Count} ops, {batch.PropCount} props); {rounds} interleaved rounds of ~{RoundMs} ms per figure; " +
                         "µs per batch, median of the rounds (best); bytes allocated per call");
        output.WriteLine($"{"codec",-34} {"encode",15} {"decode",15} {"encode+decode",16} {"samples",8} {"size B",7} {"alloc enc/dec B",16}");
        var ours = samplers[2].Result();
        for (var i = 0; i < sides.Length; i++)
        {
            var (encode, decode, both) = (samplers[3 * i].Result(), samplers[3 * i + 1].Result(), samplers[3 * i + 2].Result());
            output.WriteLine($"{sides[i].Name,-34} {Us(encode),15} {Us(decode),15} {Us(both),16} {both.Samples,8} {sides[i].Size(),7} " +
                             $"{$"{encode.Bytes:F0}/{decode.Bytes:F0}",16}");
        }
        for (var i = 1; i < sides.Length; i++)
        {
            var peer = samplers[3 * i + 2].Result();
            output.WriteLine($"{sides[i].Name}: ×{peer.MedianNs / ours.MedianNs:F1} the bus codec's encode+decode time");
        }
        output.WriteLine($"samples: rounds per figure; each round repeats the call {samplers[2].CallsPerRound}× (bus codec encode+decode)");
        var verdict = ours.MedianNs / 1000 <= BudgetMicroseconds ? "within" : "OVER";
        output.WriteLine($"budget: ≤ {BudgetMicroseconds} µs per encode+decode of the 100-op batch: {verdict} ({ours.MedianNs / 1000:F2} µs)");
        return 0;
    }

    private static string Us(SamplerResult r) => $"{r.MedianNs / 1000:F2} ({r.BestNs / 1000:F2})";

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

    /// <summary>One codec under test: encode the batch into its buffer, decode the buffer back.</summary>
    private sealed record Side(string Name, Action Encode, Action Decode, Func<OpBatch> DecodeToBatch, Func<int> Size);

    private static Side Ours(OpBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var decoded = new OpBatch();
        return new Side("bus codec (MessagePack, hand-written)",
            () =>
            {
                buffer.ResetWrittenCount();
                OpBatchCodec.Encode(batch, buffer);
            },
            () => OpBatchCodec.Decode(buffer.WrittenMemory, decoded),
            () => OpBatchCodec.Decode(buffer.WrittenMemory),
            () => buffer.WrittenCount);
    }

    private static Side MessagePackTyped(OpBatch batch)
    {
        var options = StandardResolverAllowPrivate.Options;
        var dto = BatchDto.From(batch);
        var buffer = new ArrayBufferWriter<byte>(4096);
        return new Side("MessagePack-CSharp typed",
            () =>
            {
                buffer.ResetWrittenCount();
                MessagePackSerializer.Serialize(buffer, dto, options);
            },
            () => MessagePackSerializer.Deserialize<BatchDto>(buffer.WrittenMemory, options),
            () => MessagePackSerializer.Deserialize<BatchDto>(buffer.WrittenMemory, options).ToBatch(),
            () => buffer.WrittenCount);
    }

    private static Side JsonSourceGenerated(OpBatch batch)
    {
        var dto = BatchDto.From(batch);
        var buffer = new ArrayBufferWriter<byte>(8192);
        var writer = new Utf8JsonWriter(buffer);
        var info = BusBenchJsonContext.Default.BatchDto;
        return new Side("System.Text.Json source-generated",
            () =>
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, dto, info);
            },
            () => JsonSerializer.Deserialize(buffer.WrittenSpan, info),
            () => JsonSerializer.Deserialize(buffer.WrittenSpan, info)!.ToBatch(),
            () => buffer.WrittenCount);
    }
}

/// <summary>The reference batch as typed objects, for the serializers that need a type per shape.</summary>
[MessagePackObject]
internal sealed class BatchDto
{
    [Key(0)]
    public int Version { get; set; }

    [Key(1)]
    public uint Root { get; set; }

    [Key(2)]
    public uint Revision { get; set; }

    [Key(3)]
    public uint[] CausedBy { get; set; } = [];

    [Key(4)]
    public OpDto[] Ops { get; set; } = [];

    public static BatchDto From(OpBatch batch)
    {
        var ops = new OpDto[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var op = batch.Ops[i];
            var props = batch.PropsOf(op);
            ops[i] = new OpDto
            {
                Code = (byte)op.Code,
                A = op.A,
                B = op.B,
                C = op.C,
                Props = op.PropCount == 0 ? null : props.ToArray().Select(PropDto.From).ToArray(),
            };
        }
        return new BatchDto { Version = batch.SchemaVersion, Root = batch.PageRoot, Revision = batch.Revision, CausedBy = batch.CausedBy.ToArray(), Ops = ops };
    }

    /// <summary>Back to an <see cref="OpBatch"/> (the op kinds of the reference batch), to check a round trip.</summary>
    public OpBatch ToBatch()
    {
        var batch = new OpBatch { SchemaVersion = Version, PageRoot = Root, Revision = Revision };
        foreach (var id in CausedBy)
        {
            batch.AddCause(id);
        }
        foreach (var op in Ops)
        {
            var props = (op.Props ?? []).Select(p => p.ToEntry()).ToArray();
            _ = (OpCode)op.Code switch
            {
                OpCode.CreateNode => batch.Create(op.A, (WidgetType)op.B, props),
                OpCode.UpdateProps => batch.UpdateProps(op.A, props),
                OpCode.InsertChild => batch.Insert(op.A, op.B, op.C),
                var code => throw new InvalidOperationException($"op {code} is not part of the reference batch"),
            };
        }
        return batch;
    }
}

/// <summary>One op of <see cref="BatchDto"/>.</summary>
[MessagePackObject]
internal sealed class OpDto
{
    [Key(0)]
    public byte Code { get; set; }

    [Key(1)]
    public uint A { get; set; }

    [Key(2)]
    public uint B { get; set; }

    [Key(3)]
    public uint C { get; set; }

    [Key(4)]
    public PropDto[]? Props { get; set; }
}

/// <summary>One prop of <see cref="OpDto"/>: its key and a number or a string.</summary>
[MessagePackObject]
internal sealed class PropDto
{
    [Key(0)]
    public ushort Key { get; set; }

    [Key(1)]
    public double? Number { get; set; }

    [Key(2)]
    public string? String { get; set; }

    public static PropDto From(PropEntry p) => p.Value.Kind switch
    {
        PropValueKind.Number => new PropDto { Key = (ushort)p.Key, Number = p.Value.Number },
        PropValueKind.String => new PropDto { Key = (ushort)p.Key, String = p.Value.String },
        var kind => throw new InvalidOperationException($"a {kind} prop is not part of the reference batch"),
    };

    public PropEntry ToEntry() => new((PropKey)Key, Number is { } n ? PropValue.Of(n) : PropValue.Of(String));
}

/// <summary>System.Text.Json's source-generated serializer for <see cref="BatchDto"/>.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(BatchDto))]
internal sealed partial class BusBenchJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
