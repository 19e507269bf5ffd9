using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Where a glyph's coverage bitmap sits in the atlas and how it is placed relative to the pen position.</summary>
internal readonly record struct GlyphSlot(ushort X, ushort Y, ushort W, ushort H, short Left, short Top);

/// <summary>A single-channel (coverage) glyph atlas on the CPU, packed in shelves; the GL backend uploads what changed.</summary>
/// <remarks>When full it doubles up to <see cref="MaxSize"/>, then evicts everything and starts over
/// (<see cref="Generation"/> changes so a renderer re-resolves the glyphs of its frame).</remarks>
internal sealed class GlyphAtlas
{
    private const int Padding = 1;

    private readonly Dictionary<long, GlyphSlot> _slots = new();
    private int _shelfX, _shelfY, _shelfH;

    internal GlyphAtlas(int initialSize = 512, int maxSize = 2048)
    {
        if (initialSize < 64 || maxSize < initialSize)
            throw new ArgumentOutOfRangeException(nameof(initialSize), $"atlas sizes {initialSize}..{maxSize} are not valid (64 <= initial <= max).");
        Size = initialSize;
        MaxSize = maxSize;
        Pixels = new byte[Size * Size];
        FullUploadNeeded = true;
    }

    internal int Size { get; private set; }

    internal int MaxSize { get; }

    /// <summary>Coverage bytes, Size × Size, top row first.</summary>
    internal byte[] Pixels { get; private set; }

    /// <summary>Changes each time every slot is evicted.</summary>
    internal int Generation { get; private set; }

    /// <summary>Changes whenever a glyph is added, or the atlas grows or starts over.</summary>
    internal long Version { get; private set; }

    /// <summary>Number of glyphs resident.</summary>
    internal int GlyphCount => _slots.Count;

    /// <summary>True when the texture must be re-created from <see cref="Pixels"/> (new size or reset).</summary>
    internal bool FullUploadNeeded { get; private set; }

    /// <summary>First dirty row (inclusive) for a partial upload; equal to <see cref="DirtyEnd"/> when clean.</summary>
    internal int DirtyStart { get; private set; }

    internal int DirtyEnd { get; private set; }

    /// <summary>Marks the atlas as uploaded.</summary>
    internal void MarkUploaded()
    {
        FullUploadNeeded = false;
        DirtyStart = DirtyEnd = 0;
    }

    /// <summary>Finds a glyph's slot, rasterizing it on first use; never fails (an oversize glyph gets an empty slot).</summary>
    internal GlyphSlot Get(FontFace face, ushort glyph)
    {
        long key = ((long)face.Id << 16) | glyph;
        if (_slots.TryGetValue(key, out GlyphSlot slot)) return slot;
        slot = Rasterize(face, glyph);
        _slots[key] = slot;
        return slot;
    }

    private GlyphSlot Rasterize(FontFace face, ushort glyph)
    {
        using SKPath? path = face.Font.GetGlyphPath(glyph);
        if (path is null || path.IsEmpty) return default;
        SKRect b = path.Bounds;
        int left = (int)MathF.Floor(b.Left), top = (int)MathF.Floor(b.Top);
        int w = (int)MathF.Ceiling(b.Right) - left, h = (int)MathF.Ceiling(b.Bottom) - top;
        if (w <= 0 || h <= 0) return default;
        if (w + 2 * Padding > MaxSize || h + 2 * Padding > MaxSize) return default;
        if (!TryAllocate(w, h, out int x, out int y)) return default;

        var info = new SKImageInfo(w, h, SKColorType.Alpha8, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true, Color = SKColors.White })
        {
            canvas.Clear(SKColors.Transparent);
            canvas.Translate(-left, -top);
            canvas.DrawPath(path, paint);
        }
        ReadOnlySpan<byte> src = bitmap.GetPixelSpan();
        int stride = bitmap.RowBytes;
        for (int row = 0; row < h; row++)
            src.Slice(row * stride, w).CopyTo(Pixels.AsSpan((y + row) * Size + x, w));
        MarkDirty(y, y + h);
        Version++;
        return new GlyphSlot((ushort)x, (ushort)y, (ushort)w, (ushort)h, (short)left, (short)top);
    }

    private bool TryAllocate(int w, int h, out int x, out int y)
    {
        for (int attempt = 0; attempt < 8; attempt++)
        {
            if (_shelfX + w + Padding > Size)
            {
                _shelfY += _shelfH + Padding;
                _shelfX = Padding;
                _shelfH = 0;
            }
            if (_shelfY == 0) _shelfY = Padding;
            if (_shelfX == 0) _shelfX = Padding;
            if (_shelfY + h + Padding <= Size)
            {
                x = _shelfX;
                y = _shelfY;
                _shelfX += w + Padding;
                _shelfH = Math.Max(_shelfH, h);
                return true;
            }
            if (Size < MaxSize) Grow();
            else Reset();
        }
        x = y = 0;
        return false;
    }

    private void Grow()
    {
        int newSize = Size * 2;
        var pixels = new byte[newSize * newSize];
        for (int row = 0; row < Size; row++)
            Pixels.AsSpan(row * Size, Size).CopyTo(pixels.AsSpan(row * newSize, Size));
        // Shelves continue below the old content; the old right margin stays unused, which keeps slots stable.
        _shelfY += _shelfH + Padding;
        _shelfX = Padding;
        _shelfH = 0;
        Pixels = pixels;
        Size = newSize;
        FullUploadNeeded = true;
        Version++;
    }

    private void Reset()
    {
        _slots.Clear();
        Array.Clear(Pixels);
        _shelfX = _shelfY = _shelfH = 0;
        Generation++;
        FullUploadNeeded = true;
        Version++;
    }

    private void MarkDirty(int start, int end)
    {
        if (DirtyStart == DirtyEnd)
        {
            DirtyStart = start;
            DirtyEnd = end;
        }
        else
        {
            DirtyStart = Math.Min(DirtyStart, start);
            DirtyEnd = Math.Max(DirtyEnd, end);
        }
    }
}
