using System.Diagnostics.CodeAnalysis;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>Shape checks shared by the decoders, each failing with a <see cref="BusFormatException"/> that names the item.</summary>
internal static class WireReader
{
    public static int ReadArray(ref BusReader reader, int index, string what, int min, int max)
    {
        if (!reader.TryReadFixArrayHeader(out var count))
        {
            count = ReadAnyArray(ref reader, index, what);
        }
        if (count < min || count > max)
        {
            ThrowCount(index, what, count, min, max);
        }
        return count;
    }

    private static int ReadAnyArray(ref BusReader reader, int index, string what)
    {
        var code = reader.NextCode;
        if (MessagePackCode.ToMessagePackType(code) != MessagePackType.Array)
        {
            ThrowWrongType(index, what, code, "an array");
        }
        return reader.ReadArrayHeader();
    }

    public static uint ReadUInt(ref BusReader reader, int index, string what)
    {
        if (reader.TryReadSmallUInt(out var small))
        {
            return small;
        }
        var code = reader.NextCode;
        if (MessagePackCode.ToMessagePackType(code) != MessagePackType.Integer)
        {
            ThrowWrongType(index, what, code, "an unsigned integer");
        }
        var value = reader.ReadInt64();
        if (value < 0 || value > uint.MaxValue)
        {
            ThrowOutOfRange(index, what, value);
        }
        return (uint)value;
    }

    public static string ReadString(ref BusReader reader, int index, string what)
    {
        CheckString(ref reader, index, what);
        return reader.ReadString();
    }

    /// <summary>Checks that a string comes next, for a caller that reads it another way (a cache).</summary>
    public static void CheckString(ref BusReader reader, int index, string what)
    {
        var code = reader.NextCode;
        if (MessagePackCode.ToMessagePackType(code) != MessagePackType.String)
        {
            ThrowWrongType(index, what, code, "a string");
        }
    }

    public static string? ReadOptionalString(ref BusReader reader, int index, string what) =>
        reader.TryReadNil() ? null : ReadString(ref reader, index, what);

    public static double ReadNumber(ref BusReader reader, int index, string what)
    {
        var code = reader.NextCode;
        var type = MessagePackCode.ToMessagePackType(code);
        if (type != MessagePackType.Integer && type != MessagePackType.Float)
        {
            ThrowWrongType(index, what, code, "a number");
        }
        return reader.ReadNumber();
    }

    public static bool ReadBool(ref BusReader reader, int index, string what)
    {
        var code = reader.NextCode;
        if (MessagePackCode.ToMessagePackType(code) != MessagePackType.Boolean)
        {
            ThrowWrongType(index, what, code, "true or false");
        }
        return reader.ReadBoolean();
    }

    /// <summary>Rejects a batch over the size limit before reading any of it.</summary>
    public static void CheckSize(ReadOnlyMemory<byte> bytes, BusLimits limits)
    {
        if (bytes.Length > limits.MaxBatchBytes)
        {
            throw new BusFormatException(-1, $"batch is {bytes.Length} bytes, over the limit of {limits.MaxBatchBytes}");
        }
    }

    /// <summary>Reads the batch array header of <paramref name="fields"/> elements and checks the schema version.</summary>
    public static void ReadFraming(ref BusReader reader, int fields)
    {
        ReadArray(ref reader, -1, "the batch", fields, fields);
        var version = ReadUInt(ref reader, -1, "schema version");
        if (version != Schema.SchemaInfo.Version)
        {
            throw new BusFormatException(-1, $"schema version {version}, expected {Schema.SchemaInfo.Version}");
        }
    }

    /// <summary>Rejects bytes left after the batch.</summary>
    public static void CheckEnd(ref BusReader reader)
    {
        if (!reader.End)
        {
            throw new BusFormatException(-1, $"{reader.Remaining} bytes follow the end of the batch");
        }
    }

    /// <summary>Rejects an item whose element count is outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    [DoesNotReturn]
    public static void ThrowCount(int index, string what, int count, int min, int max)
    {
        var expected = min == max ? $"{min}" : $"{min} to {max}";
        throw new BusFormatException(index, $"{what} has {count} elements, expected {expected}");
    }

    [DoesNotReturn]
    private static void ThrowWrongType(int index, string what, byte code, string expected) =>
        throw new BusFormatException(index, $"{what} is a {MessagePackCode.ToMessagePackType(code)}, expected {expected}");

    [DoesNotReturn]
    private static void ThrowOutOfRange(int index, string what, long value) =>
        throw new BusFormatException(index, $"{what} is {value}, out of the range of an unsigned 32-bit id");

    /// <summary>Turns the reader's exceptions for malformed bytes into a <see cref="BusFormatException"/> naming the item.</summary>
    public static BusFormatException Wrap(Exception e, int index) => e switch
    {
        BusFormatException bus => bus,
        EndOfStreamException => new BusFormatException(index, "the bytes end in the middle of an item (truncated batch)", e),
        MessagePackSerializationException => new BusFormatException(index, $"malformed MessagePack: {e.Message}", e),
        OverflowException => new BusFormatException(index, $"a number is out of range: {e.Message}", e),
        _ => new BusFormatException(index, $"malformed batch: {e.Message}", e),
    };

    public static bool IsDecodeFailure(Exception e) =>
        e is BusFormatException or EndOfStreamException or MessagePackSerializationException or OverflowException
            or InvalidOperationException or ArgumentException or FormatException;
}
