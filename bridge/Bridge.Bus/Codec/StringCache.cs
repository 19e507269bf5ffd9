using System.Buffers.Binary;
using System.Text;

namespace Bridge.Bus.Codec;

/// <summary>Reuses the strings that recur from batch to batch (colours, keywords, test ids) instead of allocating them.</summary>
/// <remarks>Direct-mapped by a hash of the UTF-8 bytes; a collision just replaces the entry. One cache per thread,
/// because each decoder runs on one thread.</remarks>
internal sealed class StringCache
{
    private const int Size = 1024;
    private const int MaxCachedBytes = 64;

    [ThreadStatic]
    private static StringCache? _current;

    private readonly Entry[] _entries = new Entry[Size];

    public static StringCache Current => _current ??= new StringCache();

    /// <summary>Reads a string (the caller has checked the next item is one).</summary>
    public string Read(ref BusReader reader)
    {
        var span = reader.ReadStringSpan();
        if (span.Length > MaxCachedBytes)
        {
            return Encoding.UTF8.GetString(span);
        }
        ref var entry = ref _entries[Hash(span) % Size];
        if (entry.Key is { } key && span.SequenceEqual(key))
        {
            return entry.Value!;
        }
        var value = Encoding.UTF8.GetString(span);
        entry = new Entry(span.ToArray(), value);
        return value;
    }

    /// <summary>Mixes the first and last eight bytes and the length: the strings cached are short, and differ at
    /// their ends more than in their middles (tile-12, #1a2b3c).</summary>
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        ulong head, tail;
        if (bytes.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
        }
        else if (bytes.Length >= 4)
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]);
        }
        else
        {
            head = bytes.Length > 0 ? bytes[0] | (ulong)bytes[^1] << 8 | (ulong)bytes[bytes.Length / 2] << 16 : 0;
            tail = 0;
        }
        var h = unchecked((head * 0x9E3779B97F4A7C15) ^ (tail * 0xC2B2AE3D27D4EB4F) ^ (ulong)bytes.Length);
        return (uint)(h >> 32) ^ (uint)h;
    }

    private readonly record struct Entry(byte[]? Key, string? Value);
}
