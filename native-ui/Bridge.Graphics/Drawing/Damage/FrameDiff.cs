namespace Bridge.Graphics;

/// <summary>Finds what changed between the last frame's draw list and this one's, as the device pixels to draw again.</summary>
/// <remarks>
/// <para>The two lists are walked in order and equal commands paired (the unchanged runs at the start and at the end
/// first, then, after a difference, the nearest equal command ahead), so that commands inserted or removed in one place
/// (a focus ring that moves to another rail) leave the rest paired. A command counts as changed when any of its fields
/// differs (rect, radii, colours, border, opacity, transform, image, text layout), when its image's pixels changed, or
/// when the clip it is drawn under differs. A changed, added or removed
/// command damages where it was and where it is: its bounds in device pixels (transformed, clipped, grown by
/// <see cref="Pad"/> for antialiasing and rounded corners; text by part of its font size for glyphs that reach
/// past the layout box).</para>
/// <para>Redrawing every command that touches the damage, in order, then yields the same pixels as a full redraw.
/// Keeps a copy of the last list; allocates nothing once its arrays have grown to the list's size.</para>
/// </remarks>
public sealed class FrameDiff
{
    /// <summary>Pixels added around every command's bounds (antialiasing ramps, the shader's quad padding).</summary>
    public const float Pad = 2f;

    /// <summary>How far ahead the walk looks for the command that follows an insertion or removal.</summary>
    private const int Lookahead = 16;

    private DrawCommand[] _last = new DrawCommand[256];
    private PixelRect[] _lastBounds = new PixelRect[256];
    private ClipState[] _lastClipOf = new ClipState[256];
    private ClipState[] _clipOf = new ClipState[256];
    private int _lastCount;
    private bool _hasLast;
    private DrawCommand[] _current = new DrawCommand[256];
    private PixelRect[] _bounds = new PixelRect[256];
    private ClipState[] _clips = new ClipState[16];

    /// <summary>True once a frame has been recorded (until <see cref="Forget"/>).</summary>
    public bool HasLast => _hasLast;

    /// <summary>Forgets the last frame: the next <see cref="Diff"/> damages the whole frame.</summary>
    public void Forget()
    {
        _hasLast = false;
        _lastCount = 0;
    }

    /// <summary>Adds to <paramref name="damage"/> the pixels whose drawing changed since the last call, and records this
    /// list as the last one. With no last frame the whole frame is damaged.</summary>
    /// <param name="commands">This frame's commands.</param>
    /// <param name="device">How the commands map to device pixels (a change of mapping is the caller's to treat as a
    /// full redraw: the diff compares the commands in device pixels under this frame's mapping).</param>
    /// <param name="damage">Receives the damaged rectangles (sized to the frame by the caller).</param>
    /// <param name="changedImages">Ids of images whose pixels changed since the last call (uploaded or deleted), or null.</param>
    /// <returns>The number of commands found changed, added or removed.</returns>
    public int Diff(ReadOnlySpan<DrawCommand> commands, in DeviceMapping device, DamageRegion damage,
                    IReadOnlySet<int>? changedImages = null)
    {
        ArgumentNullException.ThrowIfNull(damage);
        int n = commands.Length;
        if (_current.Length < n)
        {
            int size = Math.Max(n, _current.Length * 2);
            Array.Resize(ref _current, size);
            Array.Resize(ref _bounds, size);
            Array.Resize(ref _clipOf, size);
        }
        commands.CopyTo(_current);
        ComputeBounds(commands, device, damage.Frame);

        int changed = 0;
        if (!_hasLast)
        {
            damage.AddAll();
            changed = n;
        }
        else
        {
            int m = _lastCount;
            int head = 0, min = Math.Min(n, m);
            while (head < min && Same(head, head, changedImages)) head++;
            int tail = 0;
            while (tail < min - head && Same(m - 1 - tail, n - 1 - tail, changedImages)) tail++;
            changed = Match(head, m - tail, head, n - tail, damage, changedImages);
        }

        // This frame becomes the last one: swap the buffers rather than copy.
        (_last, _current) = (_current, _last);
        (_lastBounds, _bounds) = (_bounds, _lastBounds);
        (_lastClipOf, _clipOf) = (_clipOf, _lastClipOf);
        _lastCount = n;
        _hasLast = true;
        return changed;
    }

    // Walks the unmatched middles of both lists in order: equal commands pair up; at a difference, the nearest command
    // ahead (within Lookahead) that equals the other side's current one resynchronises the walk, and what it skips counts
    // as added or removed; with none, the two differ in place. Any order-keeping pairing of equal commands is correct
    // (every pixel outside the damage is touched by the same commands, in the same order, under the same clips).
    private int Match(int i, int oldEnd, int j, int newEnd, DamageRegion damage, IReadOnlySet<int>? changedImages)
    {
        int changed = 0;
        while (i < oldEnd && j < newEnd)
        {
            if (Same(i, j, changedImages))
            {
                i++;
                j++;
                continue;
            }
            int added = 0, removed = 0;
            for (int k = 1; k <= Lookahead; k++)
            {
                if (j + k < newEnd && Same(i, j + k, changedImages)) { added = k; break; }
                if (i + k < oldEnd && Same(i + k, j, changedImages)) { removed = k; break; }
            }
            if (added == 0 && removed == 0) added = removed = 1;
            for (int k = 0; k < removed; k++) damage.Add(_lastBounds[i + k]);
            for (int k = 0; k < added; k++) damage.Add(_bounds[j + k]);
            i += removed;
            j += added;
            changed += Math.Max(added, removed);
        }
        for (; i < oldEnd; i++, changed++) damage.Add(_lastBounds[i]);
        for (; j < newEnd; j++, changed++) damage.Add(_bounds[j]);
        return changed;
    }

    private bool Same(int lastIndex, int index, IReadOnlySet<int>? changedImages)
    {
        ref readonly DrawCommand c = ref _current[index];
        if (!c.Equals(_last[lastIndex]) || _bounds[index] != _lastBounds[lastIndex]) return false;
        if (c.Kind != DrawKind.PopClip && !SameClip(_clipOf[index], _lastClipOf[lastIndex])) return false;
        return c.Kind != DrawKind.Image || changedImages is null || changedImages.Count == 0 || !changedImages.Contains(c.Image.Id);
    }

    private static bool SameClip(in ClipState a, in ClipState b) =>
        a.Scissor == b.Scissor && a.HasRound == b.HasRound && (!a.HasRound || (a.Round == b.Round && a.RoundRadii == b.RoundRadii));

    // Bounds of every command in device pixels, clipped by the clips it is drawn under (the bounds of a clip command are
    // its own rectangle inside its parent's: a change of clip damages everything it showed or shows).
    private void ComputeBounds(ReadOnlySpan<DrawCommand> commands, in DeviceMapping m, in PixelRect frame)
    {
        var clip = ClipState.Frame(frame.W, frame.H);
        int depth = 0;
        for (int i = 0; i < commands.Length; i++)
        {
            ref readonly DrawCommand c = ref commands[i];
            _clipOf[i] = clip;
            switch (c.Kind)
            {
                case DrawKind.PushClip:
                {
                    if (depth == _clips.Length) Array.Resize(ref _clips, depth * 2);
                    _clips[depth++] = clip;
                    RectF rect = m.Map(c.Rect);
                    _bounds[i] = PixelRect.Covering(clip.Scissor.Intersect(rect), Pad);
                    clip = clip.Push(rect, m.Map(c.Radii));
                    break;
                }
                case DrawKind.PopClip:
                    _bounds[i] = default;
                    if (depth > 0) clip = _clips[--depth];
                    break;
                default:
                    _bounds[i] = PixelRect.Covering(clip.Scissor.Intersect(DeviceBounds(c, m)), Pad);
                    break;
            }
        }
    }

    /// <summary>Where a drawing command can put pixels, in device pixels, before clipping and padding.</summary>
    internal static RectF DeviceBounds(in DrawCommand c, in DeviceMapping m)
    {
        RectF local = c.Rect;
        if (c.Kind == DrawKind.Text && c.Text is { } text)
        {
            // Glyphs sit on baselines inside the layout box but reach past it: ascenders above a tight line height,
            // side bearings, descenders; a margin of part of the font size covers them.
            float em = text.Style.FontSize;
            float top = MathF.Min(0, text.FirstBaseline - 1.3f * em) - 0.5f * em;
            local = new RectF(c.Rect.X - 0.5f * em, c.Rect.Y + top,
                              MathF.Max(c.Rect.W, text.Width) + em, MathF.Max(c.Rect.H, text.Height) - top + 0.6f * em);
        }
        RectF device = m.Map(local);
        Transform2D t = m.Map(c.Transform);
        return t.IsIdentity ? device : TransformedBounds(device, t);
    }

    /// <summary>The axis-aligned box around a rectangle moved by a transform, grown as the shader grows a transformed quad.</summary>
    internal static RectF TransformedBounds(in RectF r, in Transform2D t)
    {
        t.ToMatrix(out float a, out float b, out float c, out float d, out float tx, out float ty);
        float scale = MathF.Min(MathF.Abs(t.ScaleX), MathF.Abs(t.ScaleY));
        float pad = scale > 1e-3f ? MathF.Min(1f / scale, 8f) : 0;
        float x0 = r.X - pad, y0 = r.Y - pad, x1 = r.Right + pad, y1 = r.Bottom + pad;
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        Corner(x0, y0); Corner(x1, y0); Corner(x0, y1); Corner(x1, y1);
        return float.IsFinite(minX) && float.IsFinite(maxX) && float.IsFinite(minY) && float.IsFinite(maxY)
            ? new RectF(minX, minY, maxX - minX, maxY - minY)
            : default;

        void Corner(float x, float y)
        {
            float px = a * x + b * y + tx, py = c * x + d * y + ty;
            minX = MathF.Min(minX, px); maxX = MathF.Max(maxX, px);
            minY = MathF.Min(minY, py); maxY = MathF.Max(maxY, py);
        }
    }
}
