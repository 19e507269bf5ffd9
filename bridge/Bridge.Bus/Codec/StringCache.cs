using System.Text;
using MessagePack;

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

    private readonly byte[]?[] _keys = new byte[]?[Size];
    private readonly string?[] _values = new string?[Size];

    public static StringCache Current => _current ??= new StringCache();

    /// <summary>Reads a string (the caller has checked the next item is one).</summary>
    public string Read(ref MessagePackReader reader)
    {
        if (!reader.TryReadStringSpan(out var span))
        {
            return reader.ReadString()!;
        }
        if (span.Length > MaxCachedBytes)
        {
            return Encoding.UTF8.GetString(span);
        }
        var slot = (int)((uint)Hash(span) % Size);
        var key = _keys[slot];
        if (key is not null && span.SequenceEqual(key))
        {
            return _values[slot]!;
        }
        var value = Encoding.UTF8.GetString(span);
        _keys[slot] = span.ToArray();
        _values[slot] = value;
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = unchecked((int)2166136261);
        foreach (var b in bytes)
        {
            h = unchecked((h ^ b) * 16777619);
        }
        return h;
    }
}
