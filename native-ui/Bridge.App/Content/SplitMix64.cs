namespace Bridge.App.Content;

/// <summary>
/// A small seeded generator (SplitMix64) whose sequence never changes between .NET versions, unlike
/// <see cref="Random"/>, so the catalog is the same on every machine and every run.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, max).</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>One element of a list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Shuffles a list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for colours derived from an id.</summary>
    public static ulong Hash(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }
        return h;
    }
}
