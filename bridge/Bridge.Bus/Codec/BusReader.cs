using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>A forward-only MessagePack reader over the contiguous bytes of one batch, the decoders' only reader.</summary>
/// <remarks>Reads in place: strings come back as spans of the batch, nothing is allocated but the strings a caller
/// makes of them. Bytes that end inside an item throw <see cref="EndOfStreamException"/>, a code of another type than
/// the one asked for <see cref="MessagePackSerializationException"/> and an integer too big for its result
/// <see cref="OverflowException"/>, as MessagePack's own reader does, so that a decoder can name the item
/// (<see cref="WireReader.Wrap"/>). A length prefix longer than the bytes left is a truncation, so no header can make
/// a decoder size a buffer past the batch.</remarks>
internal ref struct BusReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    public BusReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _position = 0;
    }

    /// <summary>True once every byte is read.</summary>
    public readonly bool End => _position >= _bytes.Length;

    /// <summary>Bytes read so far.</summary>
    public readonly int Consumed => _position;

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _bytes.Length - _position;

    /// <summary>The code byte of the next item.</summary>
    public readonly byte NextCode => _position < _bytes.Length ? _bytes[_position] : ThrowTruncated<byte>();

    /// <summary>The type of the next item.</summary>
    public readonly MessagePackType NextType => MessagePackCode.ToMessagePackType(NextCode);

    /// <summary>Reads an unsigned integer of one byte (a fixint or a uint8) if one comes next: most ids, codes, prop
    /// keys and sizes, read without the general integer switch.</summary>
    public bool TryReadSmallUInt(out uint value)
    {
        var position = _position;
        if ((uint)position < (uint)_bytes.Length)
        {
            var code = _bytes[position];
            if (code <= MessagePackCode.MaxFixInt)
            {
                value = code;
                _position = position + 1;
                return true;
            }
            if (code == MessagePackCode.UInt8 && (uint)(position + 1) < (uint)_bytes.Length)
            {
                value = _bytes[position + 1];
                _position = position + 2;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Reads a nil if one comes next.</summary>
    public bool TryReadNil()
    {
        if (NextCode != MessagePackCode.Nil)
        {
            return false;
        }
        _position++;
        return true;
    }

    public bool ReadBoolean() => TakeCode() switch
    {
        MessagePackCode.True => true,
        MessagePackCode.False => false,
        var code => ThrowUnexpected<bool>(code),
    };

    /// <summary>Reads an array header; its count is at most the bytes left (each element takes one at least).</summary>
    public int ReadArrayHeader() =>
        TryReadFixArrayHeader(out var count) ? count : ReadHeader(MessagePackCode.MinFixArray, MessagePackCode.MaxFixArray, MessagePackCode.Array16, MessagePackCode.Array32, 1);

    /// <summary>Reads an array header of up to 15 elements (most ops and prop lists) if one comes next.</summary>
    public bool TryReadFixArrayHeader(out int count)
    {
        var position = _position;
        if ((uint)position < (uint)_bytes.Length)
        {
            var code = _bytes[position];
            count = code & 0x0f;
            if ((code & 0xf0) == MessagePackCode.MinFixArray && count <= _bytes.Length - position - 1)
            {
                _position = position + 1;
                return true;
            }
        }
        count = 0;
        return false;
    }

    /// <summary>Reads a map header; its pair count is at most half the bytes left.</summary>
    public int ReadMapHeader() =>
        ReadHeader(MessagePackCode.MinFixMap, MessagePackCode.MaxFixMap, MessagePackCode.Map16, MessagePackCode.Map32, 2);

    /// <summary>Reads an integer of any width.</summary>
    /// <exception cref="OverflowException">An unsigned 64-bit value over <see cref="long.MaxValue"/>.</exception>
    public long ReadInt64()
    {
        var code = TakeCode();
        if (code <= MessagePackCode.MaxFixInt)
        {
            return code;
        }
        if (code >= MessagePackCode.MinNegativeFixInt)
        {
            return (sbyte)code;
        }
        switch (code)
        {
            case MessagePackCode.UInt8:
                return Take(1)[0];
            case MessagePackCode.UInt16:
                return BinaryPrimitives.ReadUInt16BigEndian(Take(2));
            case MessagePackCode.UInt32:
                return BinaryPrimitives.ReadUInt32BigEndian(Take(4));
            case MessagePackCode.UInt64:
                var big = BinaryPrimitives.ReadUInt64BigEndian(Take(8));
                return big <= long.MaxValue ? (long)big : ThrowOverflow<long>(big);
            case MessagePackCode.Int8:
                return (sbyte)Take(1)[0];
            case MessagePackCode.Int16:
                return BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case MessagePackCode.Int32:
                return BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case MessagePackCode.Int64:
                return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            default:
                return ThrowUnexpected<long>(code);
        }
    }

    /// <summary>Reads an unsigned 64-bit integer (the one integer <see cref="ReadInt64"/> cannot hold).</summary>
    public ulong ReadUInt64()
    {
        if (NextCode == MessagePackCode.UInt64)
        {
            _position++;
            return BinaryPrimitives.ReadUInt64BigEndian(Take(8));
        }
        var value = ReadInt64();
        return value >= 0 ? (ulong)value : ThrowOverflow<ulong>(value);
    }

    /// <summary>Reads an integer or a float as a double.</summary>
    public double ReadNumber()
    {
        switch (NextCode)
        {
            case MessagePackCode.Float32:
                _position++;
                return BinaryPrimitives.ReadSingleBigEndian(Take(4));
            case MessagePackCode.Float64:
                _position++;
                return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case MessagePackCode.UInt64:
                return ReadUInt64();
            default:
                return ReadInt64();
        }
    }

    /// <summary>Reads a string's UTF-8 bytes, in place.</summary>
    public ReadOnlySpan<byte> ReadStringSpan()
    {
        var code = TakeCode();
        if (code is >= MessagePackCode.MinFixStr and <= MessagePackCode.MaxFixStr)
        {
            return Take(code & 0x1f);
        }
        var length = code switch
        {
            >= MessagePackCode.MinFixStr and <= MessagePackCode.MaxFixStr => code & 0x1f,
            MessagePackCode.Str8 => Take(1)[0],
            MessagePackCode.Str16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            MessagePackCode.Str32 => Length(BinaryPrimitives.ReadUInt32BigEndian(Take(4))),
            _ => ThrowUnexpected<int>(code),
        };
        return Take(length);
    }

    /// <summary>Reads a string into a new <see cref="string"/> (invalid UTF-8 becomes U+FFFD, as MessagePack's reader does).</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadStringSpan());

    /// <summary>Reads a binary item's bytes, in place.</summary>
    public ReadOnlySpan<byte> ReadBinary()
    {
        var code = TakeCode();
        var length = code switch
        {
            MessagePackCode.Bin8 => Take(1)[0],
            MessagePackCode.Bin16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            MessagePackCode.Bin32 => Length(BinaryPrimitives.ReadUInt32BigEndian(Take(4))),
            _ => ThrowUnexpected<int>(code),
        };
        return Take(length);
    }

    /// <summary>Reads the next item whole, however deep, and gives its bytes.</summary>
    /// <remarks>Iterative (a count of items still to read), so no nesting can exhaust the stack.</remarks>
    public ReadOnlySpan<byte> ReadRaw()
    {
        var start = _position;
        long pending = 1;
        while (pending-- > 0)
        {
            var code = TakeCode();
            switch (MessagePackCode.ToMessagePackType(code))
            {
                case MessagePackType.Integer:
                    SkipBytes(code switch
                    {
                        MessagePackCode.UInt8 or MessagePackCode.Int8 => 1,
                        MessagePackCode.UInt16 or MessagePackCode.Int16 => 2,
                        MessagePackCode.UInt32 or MessagePackCode.Int32 => 4,
                        MessagePackCode.UInt64 or MessagePackCode.Int64 => 8,
                        _ => 0,
                    });
                    break;
                case MessagePackType.Nil:
                case MessagePackType.Boolean:
                    break;
                case MessagePackType.Float:
                    SkipBytes(code == MessagePackCode.Float32 ? 4 : 8);
                    break;
                case MessagePackType.String:
                case MessagePackType.Binary:
                    _position--;
                    _ = code is >= MessagePackCode.Bin8 and <= MessagePackCode.Bin32 ? ReadBinary() : ReadStringSpan();
                    break;
                case MessagePackType.Array:
                    _position--;
                    pending += ReadArrayHeader();
                    break;
                case MessagePackType.Map:
                    _position--;
                    pending += 2L * ReadMapHeader();
                    break;
                case MessagePackType.Extension:
                    SkipExtension(code);
                    break;
                default:
                    ThrowUnexpected<int>(code);
                    break;
            }
        }
        return _bytes[start.._position];
    }

    private void SkipExtension(byte code)
    {
        var length = code switch
        {
            MessagePackCode.FixExt1 => 1,
            MessagePackCode.FixExt2 => 2,
            MessagePackCode.FixExt4 => 4,
            MessagePackCode.FixExt8 => 8,
            MessagePackCode.FixExt16 => 16,
            MessagePackCode.Ext8 => Take(1)[0],
            MessagePackCode.Ext16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => Length(BinaryPrimitives.ReadUInt32BigEndian(Take(4))),
        };
        SkipBytes(length + 1);
    }

    private int ReadHeader(byte minFix, byte maxFix, byte code16, byte code32, int bytesPerItem)
    {
        var code = TakeCode();
        uint count;
        if (code >= minFix && code <= maxFix)
        {
            count = (uint)(code & 0x0f);
        }
        else if (code == code16)
        {
            count = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
        }
        else
        {
            count = code == code32 ? BinaryPrimitives.ReadUInt32BigEndian(Take(4)) : ThrowUnexpected<uint>(code);
        }
        return count <= (uint)Remaining / (uint)bytesPerItem ? (int)count : ThrowTruncated<int>();
    }

    private byte TakeCode()
    {
        if (_position >= _bytes.Length)
        {
            ThrowTruncated<byte>();
        }
        return _bytes[_position++];
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if ((uint)length > (uint)(_bytes.Length - _position))
        {
            ThrowTruncated<byte>();
        }
        var span = _bytes.Slice(_position, length);
        _position += length;
        return span;
    }

    private void SkipBytes(int length) => Take(length);

    private readonly int Length(uint length) => length <= (uint)Remaining ? (int)length : ThrowTruncated<int>();

    [DoesNotReturn]
    private static T ThrowTruncated<T>() => throw new EndOfStreamException("the bytes end inside an item");

    [DoesNotReturn]
    private static T ThrowUnexpected<T>(byte code) =>
        throw new MessagePackSerializationException($"Unexpected msgpack code {code} ({MessagePackCode.ToFormatName(code)}) encountered.");

    [DoesNotReturn]
    private static T ThrowOverflow<T>(object value) => throw new OverflowException($"{value} does not fit the integer read");
}
