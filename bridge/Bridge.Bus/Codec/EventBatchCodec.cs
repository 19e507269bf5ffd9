using System.Buffers;
using Bridge.Bus.Events;
using Bridge.Schema;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>Encodes and decodes event batches (engine → JS) in the bus's MessagePack framing.</summary>
/// <remarks>Wire shape: <c>[schemaVersion, [event...]]</c>, each event an array starting with its
/// <see cref="EventCode"/> as documented on the enum. Decoding throws only <see cref="BusFormatException"/>.</remarks>
public static class EventBatchCodec
{
    private const int FramingIndex = -1;

    /// <summary>Writes a batch into a buffer.</summary>
    public static void Encode(EventBatch batch, IBufferWriter<byte> output)
    {
        var writer = new BusWriter(output);
        writer.WriteArrayHeader(2);
        writer.Write(batch.SchemaVersion);
        var events = batch.Events;
        writer.WriteArrayHeader(events.Length);
        foreach (ref readonly var e in events)
        {
            WriteEvent(ref writer, e);
        }
        writer.Flush();
    }

    /// <summary>Encodes a batch into a new array.</summary>
    public static byte[] Encode(EventBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        Encode(batch, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes a batch into a new <see cref="EventBatch"/>.</summary>
    /// <exception cref="BusFormatException">The bytes are not a valid event batch of this schema version.</exception>
    public static EventBatch Decode(ReadOnlyMemory<byte> bytes, BusLimits? limits = null)
    {
        var batch = new EventBatch();
        Decode(bytes, batch, limits);
        return batch;
    }

    /// <summary>Decodes a batch into <paramref name="into"/>, which is cleared first.</summary>
    /// <exception cref="BusFormatException">The bytes are not a valid event batch; <paramref name="into"/> is left cleared.</exception>
    public static void Decode(ReadOnlyMemory<byte> bytes, EventBatch into, BusLimits? limits = null)
    {
        limits ??= BusLimits.Default;
        into.Clear();
        WireReader.CheckSize(bytes, limits);
        var index = FramingIndex;
        try
        {
            var reader = new BusReader(bytes.Span);
            WireReader.ReadFraming(ref reader, 2);
            var count = WireReader.ReadArray(ref reader, index, "the event list", 0, limits.MaxItems);
            for (index = 0; index < count; index++)
            {
                into.Add(ReadEvent(ref reader, index, limits));
            }
            index = FramingIndex;
            WireReader.CheckEnd(ref reader);
        }
        catch (Exception e) when (WireReader.IsDecodeFailure(e))
        {
            into.Clear();
            throw WireReader.Wrap(e, index);
        }
    }

    private static void WriteEvent(ref BusWriter writer, in HostEvent e)
    {
        switch (e.Code)
        {
            case EventCode.Key:
            case EventCode.RootKey:
                writer.WriteArrayHeader(5);
                writer.Write((byte)e.Code);
                writer.Write(e.EventId);
                writer.Write(e.Target);
                writer.Write((byte)e.Key);
                writer.Write(e.Timestamp);
                break;
            case EventCode.Measured:
                writer.WriteArrayHeader(9);
                writer.Write((byte)e.Code);
                writer.Write(e.RequestId);
                writer.Write(e.Ok);
                WriteBox(ref writer, e);
                break;
            case EventCode.Press:
            case EventCode.Focus:
            case EventCode.Blur:
                writer.WriteArrayHeader(3);
                writer.Write((byte)e.Code);
                writer.Write(e.EventId);
                writer.Write(e.Target);
                break;
            case EventCode.Layout:
                writer.WriteArrayHeader(8);
                writer.Write((byte)e.Code);
                writer.Write(e.Target);
                WriteBox(ref writer, e);
                break;
            case EventCode.DataResponse:
                writer.WriteArrayHeader(4);
                writer.Write((byte)e.Code);
                writer.Write(e.RequestId);
                writer.Write(e.Ok);
                if (e.Ok)
                {
                    writer.WriteData(e.Data);
                }
                else
                {
                    writer.Write(e.Text);
                }
                break;
            case EventCode.PageMount:
                writer.WriteArrayHeader(4);
                writer.Write((byte)e.Code);
                writer.Write(e.PageRoot);
                writer.Write(e.Text);
                writer.WriteData(e.Data);
                break;
            case EventCode.PageUnmount:
                writer.WriteArrayHeader(2);
                writer.Write((byte)e.Code);
                writer.Write(e.PageRoot);
                break;
            case EventCode.BatchRejected:
                writer.WriteArrayHeader(4);
                writer.Write((byte)e.Code);
                writer.Write(e.PageRoot);
                writer.Write(e.Revision);
                writer.Write(e.Text);
                break;
            default:
                throw new ArgumentException($"event code {(int)e.Code} is not part of the schema", nameof(e));
        }
    }

    private static void WriteBox(ref BusWriter writer, in HostEvent e)
    {
        writer.WriteNumber(e.X);
        writer.WriteNumber(e.Y);
        writer.WriteNumber(e.W);
        writer.WriteNumber(e.H);
        writer.WriteNumber(e.PageX);
        writer.WriteNumber(e.PageY);
    }

    private static HostEvent ReadEvent(ref BusReader reader, int index, BusLimits limits)
    {
        var length = WireReader.ReadArray(ref reader, index, "the event", 1, 9);
        var raw = WireReader.ReadUInt(ref reader, index, "the event code");
        var code = raw <= byte.MaxValue ? (EventCode)raw : 0;
        void Arity(int expected)
        {
            if (length != expected)
            {
                throw new BusFormatException(index, $"event {code} has {length} elements, expected {expected}");
            }
        }

        switch (code)
        {
            case EventCode.Key:
            case EventCode.RootKey:
            {
                Arity(5);
                var id = WireReader.ReadUInt(ref reader, index, $"{code} event id");
                var target = WireReader.ReadUInt(ref reader, index, code == EventCode.Key ? "Key target" : "RootKey page root");
                var key = WireReader.ReadUInt(ref reader, index, $"{code} key code");
                if (key > byte.MaxValue || !Enum.IsDefined((KeyName)key))
                {
                    throw new BusFormatException(index, $"{code} event {id}: unknown key code {key}");
                }
                var time = WireReader.ReadNumber(ref reader, index, $"{code} timestamp");
                return code == EventCode.Key ? HostEvent.KeyPress(id, target, (KeyName)key, time) : HostEvent.RootKey(id, target, (KeyName)key, time);
            }
            case EventCode.Measured:
            {
                Arity(9);
                var id = WireReader.ReadUInt(ref reader, index, "Measured request id");
                var found = WireReader.ReadBool(ref reader, index, "Measured found");
                var x = (float)WireReader.ReadNumber(ref reader, index, "Measured x");
                var y = (float)WireReader.ReadNumber(ref reader, index, "Measured y");
                var w = (float)WireReader.ReadNumber(ref reader, index, "Measured width");
                var h = (float)WireReader.ReadNumber(ref reader, index, "Measured height");
                var px = (float)WireReader.ReadNumber(ref reader, index, "Measured pageX");
                var py = (float)WireReader.ReadNumber(ref reader, index, "Measured pageY");
                return HostEvent.Measured(id, found, x, y, w, h, px, py);
            }
            case EventCode.Press:
            case EventCode.Focus:
            case EventCode.Blur:
            {
                Arity(3);
                var id = WireReader.ReadUInt(ref reader, index, $"{code} event id");
                var target = WireReader.ReadUInt(ref reader, index, $"{code} target");
                return code switch
                {
                    EventCode.Press => HostEvent.Press(id, target),
                    EventCode.Focus => HostEvent.Focus(id, target),
                    _ => HostEvent.Blur(id, target),
                };
            }
            case EventCode.Layout:
            {
                Arity(8);
                var target = WireReader.ReadUInt(ref reader, index, "Layout target");
                var x = (float)WireReader.ReadNumber(ref reader, index, "Layout x");
                var y = (float)WireReader.ReadNumber(ref reader, index, "Layout y");
                var w = (float)WireReader.ReadNumber(ref reader, index, "Layout width");
                var h = (float)WireReader.ReadNumber(ref reader, index, "Layout height");
                var px = (float)WireReader.ReadNumber(ref reader, index, "Layout pageX");
                var py = (float)WireReader.ReadNumber(ref reader, index, "Layout pageY");
                return HostEvent.Layout(target, x, y, w, h, px, py);
            }
            case EventCode.DataResponse:
            {
                Arity(4);
                var id = WireReader.ReadUInt(ref reader, index, "DataResponse request id");
                return WireReader.ReadBool(ref reader, index, "DataResponse ok")
                    ? HostEvent.DataOk(id, WireValues.ReadData(ref reader, 0, limits, index))
                    : HostEvent.DataFailed(id, WireReader.ReadString(ref reader, index, "DataResponse error message"));
            }
            case EventCode.PageMount:
            {
                Arity(4);
                var root = WireReader.ReadUInt(ref reader, index, "PageMount page root");
                var page = WireReader.ReadString(ref reader, index, "PageMount page name");
                return HostEvent.PageMount(root, page, WireValues.ReadData(ref reader, 0, limits, index));
            }
            case EventCode.PageUnmount:
                Arity(2);
                return HostEvent.PageUnmount(WireReader.ReadUInt(ref reader, index, "PageUnmount page root"));
            case EventCode.BatchRejected:
            {
                Arity(4);
                var root = WireReader.ReadUInt(ref reader, index, "BatchRejected page root");
                var revision = WireReader.ReadUInt(ref reader, index, "BatchRejected revision");
                return HostEvent.BatchRejected(root, revision, WireReader.ReadString(ref reader, index, "BatchRejected message"));
            }
            default:
                throw new BusFormatException(index, $"unknown event code {raw}");
        }
    }
}
