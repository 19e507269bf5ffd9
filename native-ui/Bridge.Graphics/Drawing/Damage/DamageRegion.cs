namespace Bridge.Graphics;

/// <summary>The part of a frame that must be drawn again: a few disjoint pixel rectangles inside the frame.</summary>
/// <remarks>Rectangles that overlap are merged into their union (so no pixel is counted or drawn twice), and when more
/// than <see cref="MaxRects"/> would remain, the two whose union grows the area least are merged. A few rectangles keep
/// the redraw cheap: each costs one scissored pass over the batches that reach it. Allocates nothing once made.</remarks>
public sealed class DamageRegion
{
    /// <summary>The most rectangles kept; more are merged.</summary>
    public const int MaxRects = 8;

    private readonly PixelRect[] _rects = new PixelRect[MaxRects + 1];
    private int _count;
    private PixelRect _frame;

    /// <summary>Creates an empty region of a <paramref name="width"/>×<paramref name="height"/> frame.</summary>
    public DamageRegion(int width = 1, int height = 1) => Reset(width, height);

    /// <summary>The frame the rectangles are clipped to.</summary>
    public PixelRect Frame => _frame;

    /// <summary>The number of rectangles.</summary>
    public int Count => _count;

    /// <summary>The rectangles, disjoint, each inside the frame.</summary>
    public ReadOnlySpan<PixelRect> Rects => new(_rects, 0, _count);

    /// <summary>True when nothing is damaged.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>The damaged pixels (the rectangles are disjoint, so this is the sum of their areas).</summary>
    public long Area
    {
        get
        {
            long a = 0;
            for (int i = 0; i < _count; i++) a += _rects[i].Area;
            return a;
        }
    }

    /// <summary>The smallest rectangle covering the whole region.</summary>
    public PixelRect Bounds
    {
        get
        {
            PixelRect b = default;
            for (int i = 0; i < _count; i++) b = b.Union(_rects[i]);
            return b;
        }
    }

    /// <summary>Empties the region and sets the frame size.</summary>
    public void Reset(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        _frame = new PixelRect(0, 0, width, height);
        _count = 0;
    }

    /// <summary>Empties the region.</summary>
    public void Clear() => _count = 0;

    /// <summary>Damages the whole frame.</summary>
    public void AddAll()
    {
        _rects[0] = _frame;
        _count = 1;
    }

    /// <summary>Adds a rectangle (clipped to the frame; an empty one adds nothing).</summary>
    public void Add(in PixelRect rect)
    {
        PixelRect r = rect.Intersect(_frame);
        if (r.IsEmpty) return;
        // Absorb every rectangle the growing one overlaps, until it overlaps none: the set stays disjoint.
        bool merged = true;
        while (merged)
        {
            merged = false;
            for (int i = 0; i < _count; i++)
            {
                if (!_rects[i].Overlaps(r)) continue;
                r = r.Union(_rects[i]);
                _rects[i] = _rects[--_count];
                merged = true;
                break;
            }
        }
        _rects[_count++] = r;
        if (_count > MaxRects) MergeCheapestPair();
    }

    /// <summary>True when the rectangle shares a pixel with the region.</summary>
    public bool Overlaps(in RectF r)
    {
        for (int i = 0; i < _count; i++)
            if (_rects[i].Overlaps(r)) return true;
        return false;
    }

    private void MergeCheapestPair()
    {
        int bestI = 0, bestJ = 1;
        long bestGrowth = long.MaxValue;
        for (int i = 0; i < _count; i++)
        {
            for (int j = i + 1; j < _count; j++)
            {
                long growth = _rects[i].Union(_rects[j]).Area - _rects[i].Area - _rects[j].Area;
                if (growth >= bestGrowth) continue;
                bestGrowth = growth;
                (bestI, bestJ) = (i, j);
            }
        }
        PixelRect u = _rects[bestI].Union(_rects[bestJ]);
        // Remove both (the higher index first), then add the union back: it may now overlap others, which it absorbs.
        _rects[bestJ] = _rects[--_count];
        _rects[bestI] = _rects[--_count];
        Add(u);
    }
}
