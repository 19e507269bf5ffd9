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

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261;
        foreach (var b in bytes)
        {
            h = unchecked((h ^ b) * 16777619);
        }
        return h;
    }

    private readonly record struct Entry(byte[]? Key, string? Value);
}
