using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>Shape checks shared by the decoders, each failing with a <see cref="BusFormatException"/> that names the item.</summary>
internal static class WireReader
{
    public static int ReadArray(ref MessagePackReader reader, int index, string what, int min, int max)
    {
        if (reader.NextMessagePackType != MessagePackType.Array)
        {
            throw new BusFormatException(index, $"{what} is a {reader.NextMessagePackType}, expected an array");
        }
        var count = reader.ReadArrayHeader();
        if (count < min || count > max)
        {
            var expected = min == max ? $"{min}" : $"{min} to {max}";
            throw new BusFormatException(index, $"{what} has {count} elements, expected {expected}");
        }
        return count;
    }

    public static uint ReadUInt(ref MessagePackReader reader, int index, string what)
    {
        if (reader.NextMessagePackType != MessagePackType.Integer)
        {
            throw new BusFormatException(index, $"{what} is a {reader.NextMessagePackType}, expected an unsigned integer");
        }
        var value = reader.ReadInt64();
        if (value < 0 || value > uint.MaxValue)
        {
            throw new BusFormatException(index, $"{what} is {value}, out of the range of an unsigned 32-bit id");
        }
        return (uint)value;
    }

    public static string ReadString(ref MessagePackReader reader, int index, string what)
    {
        if (reader.NextMessagePackType != MessagePackType.String)
        {
            throw new BusFormatException(index, $"{what} is a {reader.NextMessagePackType}, expected a string");
        }
        return reader.ReadString()!;
    }

    public static string? ReadOptionalString(ref MessagePackReader reader, int index, string what) =>
        reader.TryReadNil() ? null : ReadString(ref reader, index, what);

    public static double ReadNumber(ref MessagePackReader reader, int index, string what)
    {
        var type = reader.NextMessagePackType;
        if (type != MessagePackType.Integer && type != MessagePackType.Float)
        {
            throw new BusFormatException(index, $"{what} is a {type}, expected a number");
        }
        return WireValues.ReadNumber(ref reader);
    }

    public static bool ReadBool(ref MessagePackReader reader, int index, string what)
    {
        if (reader.NextMessagePackType != MessagePackType.Boolean)
        {
            throw new BusFormatException(index, $"{what} is a {reader.NextMessagePackType}, expected true or false");
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
    public static void ReadFraming(ref MessagePackReader reader, int fields)
    {
        ReadArray(ref reader, -1, "the batch", fields, fields);
        var version = ReadUInt(ref reader, -1, "schema version");
        if (version != Schema.SchemaInfo.Version)
        {
            throw new BusFormatException(-1, $"schema version {version}, expected {Schema.SchemaInfo.Version}");
        }
    }

    /// <summary>Rejects bytes left after the batch.</summary>
    public static void CheckEnd(ref MessagePackReader reader, int length)
    {
        if (!reader.End)
        {
            throw new BusFormatException(-1, $"{length - reader.Consumed} bytes follow the end of the batch");
        }
    }

    /// <summary>Runs a decode step, turning the library's exceptions for malformed bytes into a <see cref="BusFormatException"/>.</summary>
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
