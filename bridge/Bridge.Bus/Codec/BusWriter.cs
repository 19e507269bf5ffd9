using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using MessagePack;

namespace Bridge.Bus.Codec;

/// <summary>A MessagePack writer into a buffer writer's span, the encoders' writer; writes the same bytes as
/// <see cref="MessagePackWriter"/> (each number in its smallest form, strings with the shortest header).</summary>
/// <remarks>Asks the output for a span only when the one it holds is full, so most items are a few stores. Nothing is
/// in the output until <see cref="Flush"/>.</remarks>
internal ref struct BusWriter
{
    private const int ChunkBytes = 1024;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _span;
    private int _used;

    public BusWriter(IBufferWriter<byte> output)
    {
        _output = output;
        _span = default;
        _used = 0;
    }

    /// <summary>Commits what was written to the output.</summary>
    public void Flush()
    {
        _output.Advance(_used);
        _span = default;
        _used = 0;
    }

    public void WriteNil() => WriteByte(MessagePackCode.Nil);

    public void Write(bool value) => WriteByte(value ? MessagePackCode.True : MessagePackCode.False);

    public void WriteArrayHeader(int count)
    {
        var span = Reserve(5);
        if (count <= 0x0f)
        {
            span[0] = (byte)(MessagePackCode.MinFixArray | count);
            _used += 1;
        }
        else if (count <= ushort.MaxValue)
        {
            span[0] = MessagePackCode.Array16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)count);
            _used += 3;
        }
        else
        {
            span[0] = MessagePackCode.Array32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)count);
            _used += 5;
        }
    }

    public void Write(ulong value)
    {
        if (value <= MessagePackCode.MaxFixInt)
        {
            WriteByte((byte)value);
        }
        else if (value <= byte.MaxValue)
        {
            Write(MessagePackCode.UInt8, value, 1);
        }
        else if (value <= ushort.MaxValue)
        {
            Write(MessagePackCode.UInt16, value, 2);
        }
        else
        {
            Write(value <= uint.MaxValue ? MessagePackCode.UInt32 : MessagePackCode.UInt64, value, value <= uint.MaxValue ? 4 : 8);
        }
    }

    /// <summary>Writes an integer in its smallest form; a fixint (most ids, codes and keys) inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(long value)
    {
        if ((ulong)value <= MessagePackCode.MaxFixInt && _used < _span.Length)
        {
            _span[_used++] = (byte)value;
        }
        else
        {
            WriteInteger(value);
        }
    }

    private void WriteInteger(long value)
    {
        if (value >= 0)
        {
            Write((ulong)value);
        }
        else if (value >= -32)
        {
            WriteByte((byte)(sbyte)value);
        }
        else if (value >= sbyte.MinValue)
        {
            Write(MessagePackCode.Int8, (ulong)value, 1);
        }
        else if (value >= short.MinValue)
        {
            Write(MessagePackCode.Int16, (ulong)value, 2);
        }
        else
        {
            Write(value >= int.MinValue ? MessagePackCode.Int32 : MessagePackCode.Int64, (ulong)value, value >= int.MinValue ? 4 : 8);
        }
    }

    public void Write(double value) => Write(MessagePackCode.Float64, BitConverter.DoubleToUInt64Bits(value), 8);

    /// <summary>Writes a number as an integer when it is one (the JS encoder's form), else as a 64-bit float.</summary>
    public void WriteNumber(double number)
    {
        if (WireValues.IsIntegral(number))
        {
            Write((long)number);
        }
        else
        {
            Write(number);
        }
    }

    /// <summary>Writes a string; null writes nil.</summary>
    public void Write(string? value)
    {
        if (value is null)
        {
            WriteNil();
            return;
        }
        if (value.Length <= 31)
        {
            // Most strings on the bus are short ASCII (colours, keywords, ids): one pass, a one-byte header.
            var fix = Reserve(1 + value.Length);
            if (Ascii.FromUtf16(value, fix[1..], out var written) == System.Buffers.OperationStatus.Done)
            {
                fix[0] = (byte)(MessagePackCode.MinFixStr | written);
                _used += 1 + written;
                return;
            }
        }
        var length = Encoding.UTF8.GetByteCount(value);
        var span = Reserve(length + 5);
        int header;
        if (length <= 31)
        {
            span[0] = (byte)(MessagePackCode.MinFixStr | length);
            header = 1;
        }
        else if (length <= byte.MaxValue)
        {
            span[0] = MessagePackCode.Str8;
            span[1] = (byte)length;
            header = 2;
        }
        else if (length <= ushort.MaxValue)
        {
            span[0] = MessagePackCode.Str16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)length);
            header = 3;
        }
        else
        {
            span[0] = MessagePackCode.Str32;
            BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)length);
            header = 5;
        }
        Encoding.UTF8.GetBytes(value, span[header..]);
        _used += header + length;
    }

    /// <summary>Writes free-form data (params, responses) through <see cref="WireValues.WriteData"/>.</summary>
    public void WriteData(object? value)
    {
        Flush();
        var writer = new MessagePackWriter(_output);
        WireValues.WriteData(ref writer, value);
        writer.Flush();
    }

    private void WriteByte(byte value)
    {
        Reserve(1)[0] = value;
        _used += 1;
    }

    /// <summary>Writes a code and the low <paramref name="size"/> bytes of <paramref name="bits"/>, big-endian (two's
    /// complement keeps a negative number's low bytes its own).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Write(byte code, ulong bits, int size)
    {
        var span = Reserve(9);
        span[0] = code;
        switch (size)
        {
            case 1:
                span[1] = (byte)bits;
                break;
            case 2:
                BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)bits);
                break;
            case 4:
                BinaryPrimitives.WriteUInt32BigEndian(span[1..], (uint)bits);
                break;
            default:
                BinaryPrimitives.WriteUInt64BigEndian(span[1..], bits);
                break;
        }
        _used += 1 + size;
    }

    /// <summary>The free span from where the next item goes, at least <paramref name="size"/> bytes long; the caller
    /// adds what it wrote to <see cref="_used"/>.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_span.Length - _used < size)
        {
            Grow(size);
        }
        return _span[_used..];
    }

    private void Grow(int size)
    {
        _output.Advance(_used);
        _used = 0;
        _span = _output.GetSpan(Math.Max(size, ChunkBytes));
    }
}
