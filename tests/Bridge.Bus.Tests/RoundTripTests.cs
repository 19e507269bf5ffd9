using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Schema;
using FsCheck;
using FsCheck.Fluent;

namespace Bridge.Bus.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(OpKinds))]
    public void Every_op_kind_decodes_to_what_was_encoded(OpCode code)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var batch = new OpBatch { PageRoot = 7, Revision = 3 };
            batch.AddCause(41);
            RandomBatches.AddOp(batch, code, new Random(seed));
            var decoded = OpBatchCodec.Decode(OpBatchCodec.Encode(batch));
            Assert.Equal(BatchText.Describe(batch), BatchText.Describe(decoded));
            Assert.Equal(code, decoded.Ops[0].Code);
        }
    }

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void Every_event_kind_decodes_to_what_was_encoded(EventCode code)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var batch = new EventBatch().Add(RandomBatches.Event(code, new Random(seed)));
            var decoded = EventBatchCodec.Decode(EventBatchCodec.Encode(batch));
            Assert.Equal(BatchText.Describe(batch), BatchText.Describe(decoded));
            Assert.Equal(batch.Events[0], decoded.Events[0] with { Data = batch.Events[0].Data });
        }
    }

    [Fact]
    public void Random_op_batches_round_trip()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var batch = RandomBatches.Ops(seed);
            return BatchText.Describe(OpBatchCodec.Decode(OpBatchCodec.Encode(batch))) == BatchText.Describe(batch);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_event_batches_round_trip()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var batch = RandomBatches.Events(seed);
            return BatchText.Describe(EventBatchCodec.Decode(EventBatchCodec.Encode(batch))) == BatchText.Describe(batch);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decoding_into_a_reused_batch_replaces_its_content()
    {
        var target = OpBatchCodec.Decode(OpBatchCodec.Encode(RandomBatches.Ops(1)));
        var second = RandomBatches.Ops(2);
        OpBatchCodec.Decode(OpBatchCodec.Encode(second), target);
        Assert.Equal(BatchText.Describe(second), BatchText.Describe(target));
    }

    [Fact]
    public void Props_keep_their_op_and_order()
    {
        var batch = new OpBatch { PageRoot = 1, Revision = 1 };
        batch.Create(5, WidgetType.View, [new(PropKey.Width, PropValue.Of(240)), new(PropKey.BackgroundColor, PropValue.Of("#101418"))]);
        batch.UpdateProps(5, [new(PropKey.Width, PropValue.Null)]);
        var decoded = OpBatchCodec.Decode(OpBatchCodec.Encode(batch));
        var create = decoded.PropsOf(decoded.Ops[0]);
        Assert.Equal([new(PropKey.Width, PropValue.Of(240)), new(PropKey.BackgroundColor, PropValue.Of("#101418"))], create.ToArray());
        Assert.True(decoded.PropsOf(decoded.Ops[1])[0].Value.IsNull);
    }

    [Fact]
    public void Integral_numbers_are_written_compactly()
    {
        var batch = new OpBatch { PageRoot = 1, Revision = 1 };
        batch.UpdateProps(3, [new(PropKey.Width, PropValue.Of(240))]);
        // [1, 1, 1, [], [[5, 3, [16, 240]]]]: 11 one-byte items plus 240 as uint8 (2 bytes), not a 9-byte float64.
        Assert.Equal(13, OpBatchCodec.Encode(batch).Length);
    }

    public static TheoryData<OpCode> OpKinds() => new(Enum.GetValues<OpCode>());

    public static TheoryData<EventCode> EventKinds() => new(Enum.GetValues<EventCode>());
}
