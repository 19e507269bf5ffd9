using Bridge.Bus.Codec;
using Bridge.Bus.Ops;
using Bridge.Schema;
using MessagePack;
using System.Buffers;

namespace Bridge.Bus.Tests;

public sealed class MalformedInputTests
{
    [Fact]
    public void Every_truncation_of_a_valid_batch_fails_with_a_format_error()
    {
        var bytes = OpBatchCodec.Encode(RandomBatches.Ops(11));
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes.AsMemory(0, length)));
            Assert.False(string.IsNullOrEmpty(e.Message));
        }
    }

    [Fact]
    public void Every_truncation_of_an_event_batch_fails_with_a_format_error()
    {
        var bytes = EventBatchCodec.Encode(RandomBatches.Events(5));
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<BusFormatException>(() => EventBatchCodec.Decode(bytes.AsMemory(0, length)));
        }
    }

    [Fact]
    public void Random_bytes_never_escape_as_another_exception()
    {
        var rng = new Random(1234);
        var valid = OpBatchCodec.Encode(RandomBatches.Ops(3));
        for (var i = 0; i < 3000; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var flips = rng.Next(1, 4); flips > 0; flips--)
            {
                bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            }
            try
            {
                OpBatchCodec.Decode(bytes);
            }
            catch (BusFormatException)
            {
            }
        }
    }

    [Fact]
    public void Wrong_schema_version_is_rejected_at_the_framing()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            w.WriteArrayHeader(5);
            w.Write(SchemaInfo.Version + 1);
            w.Write(1); w.Write(1); w.WriteArrayHeader(0); w.WriteArrayHeader(0);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Equal(-1, e.Index);
        Assert.Contains($"schema version {SchemaInfo.Version + 1}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_batch_is_rejected_before_reading()
    {
        var bytes = OpBatchCodec.Encode(RandomBatches.Ops(4));
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes, new BusLimits { MaxBatchBytes = bytes.Length - 1 }));
        Assert.Contains("over the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_props_in_one_op_are_rejected()
    {
        var batch = new OpBatch { PageRoot = 1, Revision = 1 };
        batch.UpdateProps(2, Enumerable.Repeat(new PropEntry(PropKey.Width, PropValue.Of(1)), 5).ToArray());
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(OpBatchCodec.Encode(batch), new BusLimits { MaxPropsPerOp = 4 }));
        Assert.Equal(0, e.Index);
    }

    [Fact]
    public void Wrong_type_names_the_field_and_op_index()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 2);
            w.WriteArrayHeader(2); w.Write((byte)OpCode.DeleteSubtree); w.Write(9u);
            w.WriteArrayHeader(4); w.Write((byte)OpCode.InsertChild); w.Write(1u); w.Write("two"); w.Write(0u);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Equal(1, e.Index);
        Assert.Contains("InsertChild child", e.Message, StringComparison.Ordinal);
        Assert.Contains("String", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99, "unknown op code 99")]
    [InlineData(257, "unknown op code 257")]
    public void Unknown_op_code_is_named(int code, string expected)
    {
        var bytes = Write((ref MessagePackWriter w) => { Framing(ref w, 1); w.WriteArrayHeader(2); w.Write(code); w.Write(1u); });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Index);
    }

    [Fact]
    public void Unknown_prop_code_is_named()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(3); w.Write((byte)OpCode.UpdateProps); w.Write(4u);
            w.WriteArrayHeader(2); w.Write(63); w.Write(1);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("unknown prop code 63", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_is_not_a_prop_value()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(3); w.Write((byte)OpCode.UpdateProps); w.Write(4u);
            w.WriteArrayHeader(2); w.Write((ushort)PropKey.Width); w.WriteMapHeader(0);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("prop width", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_arity_is_named()
    {
        var bytes = Write((ref MessagePackWriter w) => { Framing(ref w, 1); w.WriteArrayHeader(2); w.Write((byte)OpCode.RemoveChild); w.Write(1u); });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("RemoveChild has 2 elements, expected 3", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void An_op_of_no_or_too_many_elements_is_named(int elements)
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(elements);
            for (var i = 0; i < elements; i++) w.Write(1u);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains($"the op has {elements} elements, expected 1 to 8", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Index);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void KeyHandled_with_a_wrong_arity_is_rejected(int elements)
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(elements); w.Write((byte)OpCode.KeyHandled);
            for (var i = 1; i < elements; i++)
            {
                if (i == 2) w.Write(true); else w.Write(7u);
            }
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains($"KeyHandled has {elements} elements, expected 3", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Index);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void RequestFocus_takes_a_testID_alone_or_with_the_whole_move_JS_ran(int elements)
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(elements); w.Write((byte)OpCode.RequestFocus); w.Write("tile-2");
            for (var i = 2; i < elements; i++)
            {
                w.Write(3u);
            }
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains($"RequestFocus has {elements} elements, expected 2, or 5 with the move JS ran", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.Index);
    }

    [Fact]
    public void RequestFocus_move_names_its_page_root_and_focused_node()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(5); w.Write((byte)OpCode.RequestFocus); w.Write("tile-2"); w.Write(2u); w.Write(5u); w.Write(0u);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("RequestFocus names page root 2 and focused node 0; neither may be 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyHandled_verdict_must_be_a_boolean()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(3); w.Write((byte)OpCode.KeyHandled); w.Write(7u); w.Write(1);
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("KeyHandled consumed is a Integer, expected true or false", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_id_is_out_of_range()
    {
        var bytes = Write((ref MessagePackWriter w) => { Framing(ref w, 1); w.WriteArrayHeader(2); w.Write((byte)OpCode.DeleteSubtree); w.Write(-4); });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("DeleteSubtree id is -4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_bytes_are_rejected()
    {
        var bytes = OpBatchCodec.Encode(RandomBatches.Ops(8)).Append((byte)0xc0).ToArray();
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("1 bytes follow", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_code_in_an_event_is_named()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            w.WriteArrayHeader(2); w.Write(SchemaInfo.Version); w.WriteArrayHeader(1);
            w.WriteArrayHeader(5); w.Write((byte)EventCode.Key); w.Write(1u); w.Write(2u); w.Write(42); w.Write(0.5);
        });
        var e = Assert.Throws<BusFormatException>(() => EventBatchCodec.Decode(bytes));
        Assert.Contains("unknown key code 42", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_data_is_rejected()
    {
        var bytes = Write((ref MessagePackWriter w) =>
        {
            Framing(ref w, 1);
            w.WriteArrayHeader(3); w.Write((byte)OpCode.Navigate); w.Write("home");
            for (var i = 0; i < 40; i++) { w.WriteArrayHeader(1); }
            w.WriteNil();
        });
        var e = Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes));
        Assert.Contains("nests deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_decode_leaves_the_target_batch_empty()
    {
        var target = OpBatchCodec.Decode(OpBatchCodec.Encode(RandomBatches.Ops(6)));
        var bytes = OpBatchCodec.Encode(RandomBatches.Ops(7));
        Assert.Throws<BusFormatException>(() => OpBatchCodec.Decode(bytes.AsMemory(0, bytes.Length - 1), target));
        Assert.Equal(0, target.Count);
        Assert.Equal(0, target.PropCount);
    }

    private delegate void WriteBody(ref MessagePackWriter writer);

    private static void Framing(ref MessagePackWriter w, int ops)
    {
        w.WriteArrayHeader(5);
        w.Write(SchemaInfo.Version);
        w.Write(1u);
        w.Write(1u);
        w.WriteArrayHeader(0);
        w.WriteArrayHeader(ops);
    }

    private static byte[] Write(WriteBody body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        body(ref writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }
}
