using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Bridge.Bus.Ops;
using Bridge.Schema;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>Encodes and decodes op batches (JS → engine) in the bus's MessagePack framing.</summary>
/// <remarks>Wire shape: <c>[schemaVersion, pageRoot, revision, [causedBy...], [op...]]</c>, each op an array
/// starting with its <see cref="OpCode"/> as documented on the enum. Decoding untrusted bytes throws only
/// <see cref="BusFormatException"/>.</remarks>
public static class OpBatchCodec
{
    private const int FramingIndex = -1;

    /// <summary>Whether each widget code up to the highest is one of the schema's (a table: the check runs per create).</summary>
    private static readonly bool[] KnownWidgets = BuildKnownWidgets();

    /// <summary>Writes a batch into a buffer.</summary>
    public static void Encode(OpBatch batch, IBufferWriter<byte> output)
    {
        var writer = new BusWriter(output);
        writer.WriteArrayHeader(5);
        writer.Write(batch.SchemaVersion);
        writer.Write(batch.PageRoot);
        writer.Write(batch.Revision);
        var causes = batch.CausedBy;
        writer.WriteArrayHeader(causes.Length);
        foreach (var id in causes)
        {
            writer.Write(id);
        }
        var ops = batch.Ops;
        writer.WriteArrayHeader(ops.Length);
        foreach (ref readonly var op in ops)
        {
            WriteOp(ref writer, batch, op);
        }
        writer.Flush();
    }

    /// <summary>Encodes a batch into a new array.</summary>
    public static byte[] Encode(OpBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Encode(batch, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes a batch into a new <see cref="OpBatch"/>.</summary>
    /// <exception cref="BusFormatException">The bytes are not a valid batch of this schema version.</exception>
    public static OpBatch Decode(ReadOnlyMemory<byte> bytes, BusLimits? limits = null)
    {
        var batch = new OpBatch();
        Decode(bytes, batch, limits);
        return batch;
    }

    /// <summary>Decodes a batch into <paramref name="into"/>, which is cleared first.</summary>
    /// <exception cref="BusFormatException">The bytes are not a valid batch; <paramref name="into"/> is left cleared.</exception>
    public static void Decode(ReadOnlyMemory<byte> bytes, OpBatch into, BusLimits? limits = null)
    {
        limits ??= BusLimits.Default;
        var before = into.Reset();
        var index = FramingIndex;
        try
        {
            WireReader.CheckSize(bytes, limits);
            var reader = new BusReader(bytes.Span);
            WireReader.ReadFraming(ref reader, 5);
            into.SchemaVersion = SchemaInfo.Version;
            into.PageRoot = WireReader.ReadUInt(ref reader, index, "page root");
            into.Revision = WireReader.ReadUInt(ref reader, index, "revision");
            var causes = WireReader.ReadArray(ref reader, index, "causedBy", 0, limits.MaxCauses);
            for (var i = 0; i < causes; i++)
            {
                into.AddCause(WireReader.ReadUInt(ref reader, index, "a causing event id"));
            }
            var count = WireReader.ReadArray(ref reader, index, "the op list", 0, limits.MaxItems);
            into.ReserveOps(count);
            var strings = StringCache.Current;
            for (index = 0; index < count; index++)
            {
                ReadOp(ref reader, into, index, limits, strings);
            }
            index = FramingIndex;
            WireReader.CheckEnd(ref reader);
            into.ClearStale(before);
        }
        catch (Exception e) when (WireReader.IsDecodeFailure(e))
        {
            into.ClearStale(before);
            into.Clear();
            throw WireReader.Wrap(e, index);
        }
    }

    private static void WriteOp(ref BusWriter writer, OpBatch batch, in Op op)
    {
        switch (op.Code)
        {
            case OpCode.CreateNode:
                writer.WriteArrayHeader(4);
                writer.Write((byte)op.Code);
                writer.Write(op.Node);
                writer.Write((byte)op.Widget);
                WriteProps(ref writer, batch.PropsOf(op));
                break;
            case OpCode.DeleteSubtree:
            case OpCode.UnmountRoot:
                writer.WriteArrayHeader(2);
                writer.Write((byte)op.Code);
                writer.Write(op.A);
                break;
            case OpCode.InsertChild:
                writer.WriteArrayHeader(4);
                writer.Write((byte)op.Code);
                writer.Write(op.Parent);
                writer.Write(op.Child);
                writer.Write(op.Before);
                break;
            case OpCode.RemoveChild:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.Parent);
                writer.Write(op.Child);
                break;
            case OpCode.UpdateProps:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.Node);
                WriteProps(ref writer, batch.PropsOf(op));
                break;
            case OpCode.UpdateText:
            case OpCode.MountRoot:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.A);
                writer.Write(op.Text);
                break;
            case OpCode.Navigate:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.Text);
                writer.WriteData(op.Data);
                break;
            case OpCode.GoBack:
                writer.WriteArrayHeader(1);
                writer.Write((byte)op.Code);
                break;
            case OpCode.RequestFocus:
                writer.WriteArrayHeader(op.FocusTo != 0 ? 5 : 2);
                writer.Write((byte)op.Code);
                writer.Write(op.Text);
                if (op.FocusTo != 0)
                {
                    writer.Write(op.FocusPage);
                    writer.Write(op.FocusFrom);
                    writer.Write(op.FocusTo);
                }
                break;
            case OpCode.DataRequest:
                writer.WriteArrayHeader(4);
                writer.Write((byte)op.Code);
                writer.Write(op.RequestId);
                writer.Write(op.Text);
                writer.WriteData(op.Data);
                break;
            case OpCode.Log:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write((byte)op.Level);
                writer.Write(op.Text);
                break;
            case OpCode.Error:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.Text);
                writer.Write(op.Extra);
                break;
            case OpCode.KeyHandled:
                writer.WriteArrayHeader(3);
                writer.Write((byte)op.Code);
                writer.Write(op.EventId);
                writer.Write(op.Consumed);
                break;
            case OpCode.Measure:
                writer.WriteArrayHeader(5);
                writer.Write((byte)op.Code);
                writer.Write(op.RequestId);
                writer.Write(op.MeasurePage);
                writer.Write(op.MeasureNode);
                writer.Write(op.MeasureRelativeTo);
                break;
            default:
                throw new ArgumentException($"op code {(int)op.Code} is not part of the schema", nameof(batch));
        }
    }

    private static void WriteProps(ref BusWriter writer, ReadOnlySpan<PropEntry> props)
    {
        writer.WriteArrayHeader(props.Length * 2);
        foreach (ref readonly var p in props)
        {
            writer.Write((ushort)p.Key);
            WireValues.WritePropValue(ref writer, p.Value);
        }
    }

    private static void ReadOp(ref BusReader reader, OpBatch into, int index, BusLimits limits, StringCache strings)
    {
        var length = WireReader.ReadArray(ref reader, index, "the op", 1, 8);
        var rawCode = WireReader.ReadUInt(ref reader, index, "the op code");
        var code = rawCode <= byte.MaxValue ? (OpCode)rawCode : ThrowUnknownOp(index, rawCode);
        switch (code)
        {
            case OpCode.CreateNode:
            {
                Arity(code, index, length, 3, 4);
                var id = WireReader.ReadUInt(ref reader, index, "CreateNode id");
                var type = WireReader.ReadUInt(ref reader, index, "CreateNode widget type");
                if (type >= (uint)KnownWidgets.Length || !KnownWidgets[type])
                {
                    ThrowUnknownWidget(index, id, type);
                }
                var (start, count) = length == 4 ? ReadProps(ref reader, into, index, limits, strings) : (into.PropCount, 0);
                into.Add(new Op(code, id, type, 0, start, count, null, null, null));
                break;
            }
            case OpCode.DeleteSubtree:
                Arity(code, index, length, 2, 2);
                into.Delete(WireReader.ReadUInt(ref reader, index, "DeleteSubtree id"));
                break;
            case OpCode.InsertChild:
            {
                Arity(code, index, length, 3, 4);
                var parent = WireReader.ReadUInt(ref reader, index, "InsertChild parent");
                var child = WireReader.ReadUInt(ref reader, index, "InsertChild child");
                var before = length == 4 ? WireReader.ReadUInt(ref reader, index, "InsertChild before") : 0;
                into.Insert(parent, child, before);
                break;
            }
            case OpCode.RemoveChild:
            {
                Arity(code, index, length, 3, 3);
                var parent = WireReader.ReadUInt(ref reader, index, "RemoveChild parent");
                into.Remove(parent, WireReader.ReadUInt(ref reader, index, "RemoveChild child"));
                break;
            }
            case OpCode.UpdateProps:
            {
                Arity(code, index, length, 3, 3);
                var id = WireReader.ReadUInt(ref reader, index, "UpdateProps id");
                var (start, count) = ReadProps(ref reader, into, index, limits, strings);
                into.Add(new Op(code, id, 0, 0, start, count, null, null, null));
                break;
            }
            case OpCode.UpdateText:
            {
                Arity(code, index, length, 3, 3);
                var id = WireReader.ReadUInt(ref reader, index, "UpdateText id");
                into.UpdateText(id, WireReader.ReadString(ref reader, index, "UpdateText text"));
                break;
            }
            case OpCode.MountRoot:
            {
                Arity(code, index, length, 3, 3);
                var root = WireReader.ReadUInt(ref reader, index, "MountRoot page root");
                into.MountRoot(root, WireReader.ReadString(ref reader, index, "MountRoot page name"));
                break;
            }
            case OpCode.UnmountRoot:
                Arity(code, index, length, 2, 2);
                into.UnmountRoot(WireReader.ReadUInt(ref reader, index, "UnmountRoot page root"));
                break;
            case OpCode.Navigate:
            {
                Arity(code, index, length, 2, 3);
                var page = WireReader.ReadString(ref reader, index, "Navigate page name");
                into.Navigate(page, length == 3 ? WireValues.ReadData(ref reader, 0, limits, index) : null);
                break;
            }
            case OpCode.GoBack:
                Arity(code, index, length, 1, 1);
                into.GoBack();
                break;
            case OpCode.RequestFocus:
            {
                Arity(code, index, length, 2, 5);
                var testId = WireReader.ReadString(ref reader, index, "RequestFocus testID");
                if (length == 2)
                {
                    into.RequestFocus(testId);
                    break;
                }
                if (length != 5)
                {
                    throw new BusFormatException(index, $"op RequestFocus has {length} elements, expected 2, or 5 with the move JS ran");
                }
                var page = WireReader.ReadUInt(ref reader, index, "RequestFocus page root");
                var from = WireReader.ReadUInt(ref reader, index, "RequestFocus blurred node");
                var to = WireReader.ReadUInt(ref reader, index, "RequestFocus focused node");
                if (page == 0 || to == 0)
                {
                    throw new BusFormatException(index, $"op RequestFocus names page root {page} and focused node {to}; neither may be 0");
                }
                into.RequestFocus(testId, page, from, to);
                break;
            }
            case OpCode.DataRequest:
            {
                Arity(code, index, length, 3, 4);
                var id = WireReader.ReadUInt(ref reader, index, "DataRequest request id");
                var resource = WireReader.ReadString(ref reader, index, "DataRequest resource");
                into.DataRequest(id, resource, length == 4 ? WireValues.ReadData(ref reader, 0, limits, index) : null);
                break;
            }
            case OpCode.Log:
            {
                Arity(code, index, length, 3, 3);
                var level = WireReader.ReadUInt(ref reader, index, "Log level");
                if (level > (uint)LogLevel.Error)
                {
                    throw new BusFormatException(index, $"Log level {level} is not one of 0 (debug) to 3 (error)");
                }
                into.Log((LogLevel)level, WireReader.ReadString(ref reader, index, "Log message"));
                break;
            }
            case OpCode.Error:
            {
                Arity(code, index, length, 2, 3);
                var message = WireReader.ReadString(ref reader, index, "Error message");
                into.Error(message, length == 3 ? WireReader.ReadOptionalString(ref reader, index, "Error stack") : null);
                break;
            }
            case OpCode.KeyHandled:
            {
                Arity(code, index, length, 3, 3);
                var eventId = WireReader.ReadUInt(ref reader, index, "KeyHandled event id");
                into.KeyHandled(eventId, WireReader.ReadBool(ref reader, index, "KeyHandled consumed"));
                break;
            }
            case OpCode.Measure:
            {
                Arity(code, index, length, 5, 5);
                var requestId = WireReader.ReadUInt(ref reader, index, "Measure request id");
                var pageRoot = WireReader.ReadUInt(ref reader, index, "Measure page root");
                var node = WireReader.ReadUInt(ref reader, index, "Measure node");
                var relativeTo = WireReader.ReadUInt(ref reader, index, "Measure relativeTo");
                if (relativeTo > int.MaxValue)
                {
                    throw new BusFormatException(index, $"Measure request {requestId}: relativeTo node {relativeTo} is out of range");
                }
                into.Measure(requestId, pageRoot, node, relativeTo);
                break;
            }
            default:
                ThrowUnknownOp(index, rawCode);
                break;
        }
    }

    /// <summary>Reads an op's prop list into the batch's prop table; gives the op's range of it.</summary>
    private static (int Start, int Count) ReadProps(ref BusReader reader, OpBatch into, int index, BusLimits limits, StringCache strings)
    {
        var length = WireReader.ReadArray(ref reader, index, "the prop list", 0, limits.MaxPropsPerOp * 2);
        if (length % 2 != 0)
        {
            throw new BusFormatException(index, $"the prop list has {length} elements, expected key/value pairs");
        }
        var start = into.PropCount;
        into.ReserveProps(length / 2);
        for (var i = 0; i < length; i += 2)
        {
            var raw = WireReader.ReadUInt(ref reader, index, "a prop key");
            var key = (PropKey)raw;
            if (raw > ushort.MaxValue || !PropCatalog.TryGet(key, out _))
            {
                ThrowUnknownProp(index, raw);
            }
            into.AddProp(new PropEntry(key, WireValues.ReadPropValue(ref reader, strings, 0, index, key)));
        }
        return (start, length / 2);
    }

    private static bool[] BuildKnownWidgets()
    {
        var known = new bool[byte.MaxValue + 1];
        foreach (var type in Enum.GetValues<WidgetType>())
        {
            known[(byte)type] = true;
        }
        return known;
    }

    private static void Arity(OpCode code, int index, int length, int min, int max)
    {
        if (length < min || length > max)
        {
            WireReader.ThrowCount(index, $"op {code}", length, min, max);
        }
    }

    [DoesNotReturn]
    private static OpCode ThrowUnknownOp(int index, uint code) => throw new BusFormatException(index, $"unknown op code {code}");

    [DoesNotReturn]
    private static void ThrowUnknownWidget(int index, uint id, uint type) =>
        throw new BusFormatException(index, $"CreateNode of node {id}: unknown widget type {type}");

    [DoesNotReturn]
    private static void ThrowUnknownProp(int index, uint code) => throw new BusFormatException(index, $"unknown prop code {code}");
}
