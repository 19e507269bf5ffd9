using Bridge.Graphics.Gles;

namespace Bridge.Graphics;

// Batching: quads are sorted by kind (square shapes, rounded shapes, images, glyphs) into batches that each compile in
// only their own features. llvmpipe runs every branch of a shader for every pixel, so a full-screen rect batched with
// glyphs and an image would pay for an image fetch, a glyph fetch and a rounded edge at each of its pixels. Kinds are
// drawn in that order within a run of one scissor, and a quad that overlaps a pending quad of a later kind first draws
// what is pending, so overlapping quads keep their order.
public sealed partial class GlesRenderBackend
{
    private const int KindSquare = 0, KindShape = 1, KindImage = 2, KindGlyph = 3, Kinds = 4;

    // Past this many reach rectangles a kind merges new ones into its last (fewer, coarser overlap tests).
    private const int MaxReaches = 256;

    private struct Batch
    {
        public int Start, Count, SlotCount, Features;
        public bool Scissor;
        // Every quad covers whole pixels with alpha 1: drawn without blending.
        public bool Opaque;
        public int SX, SY, SW, SH;
        // Where the batch's quads can put pixels (a damage pass skips the batches it does not reach).
        public float X0, Y0, X1, Y1;
    }

    // The quads of one kind gathered since the last flush: their instances, where they reach, their textures.
    private sealed class Pending
    {
        public float[] Instances = new float[FloatsPerInstance * 64];
        public RectF[] Reaches = new RectF[16];
        public readonly uint[] Textures = new uint[16];
        public int Count, ReachCount, SlotCount, Features;
        public bool Opaque;
        public float X0, Y0, X1, Y1;

        public void Reset()
        {
            Count = ReachCount = SlotCount = Features = 0;
            Opaque = true;
            X0 = Y0 = float.MaxValue;
            X1 = Y1 = float.MinValue;
        }

        public bool Overlaps(in RectF r)
        {
            for (int i = 0; i < ReachCount; i++)
            {
                ref readonly RectF o = ref Reaches[i];
                if (r.X < o.Right && o.X < r.Right && r.Y < o.Bottom && o.Y < r.Bottom) return true;
            }
            return false;
        }

        public void AddReach(in RectF r)
        {
            X0 = MathF.Min(X0, r.X);
            Y0 = MathF.Min(Y0, r.Y);
            X1 = MathF.Max(X1, r.Right);
            Y1 = MathF.Max(Y1, r.Bottom);
            if (ReachCount == MaxReaches)
            {
                ref RectF last = ref Reaches[ReachCount - 1];
                float x0 = MathF.Min(last.X, r.X), y0 = MathF.Min(last.Y, r.Y);
                last = new RectF(x0, y0, MathF.Max(last.Right, r.Right) - x0, MathF.Max(last.Bottom, r.Bottom) - y0);
                return;
            }
            if (ReachCount == Reaches.Length) Array.Resize(ref Reaches, ReachCount * 2);
            Reaches[ReachCount++] = r;
        }
    }

    private readonly Pending[] _pending = [new(), new(), new(), new()];
    private Batch _segment;

    /// <summary>Draws every quad as before kinds and square variants existed: one batch per scissor run with the rounded
    /// edge in every variant, always blended, no covering quad folded into the clear. Tests compare it with the default.</summary>
    internal bool PlainBatching { get; set; }

    private void BeginBatches(in ClipState clip)
    {
        _batchCount = 0;
        foreach (Pending p in _pending) p.Reset();
        SetScissor(ref _segment, clip.Scissor);
    }

    // A new scissor ends the run: what is pending is drawn under the old one.
    private void UseScissor(in ClipState clip)
    {
        if (SameScissor(_segment, clip.Scissor)) return;
        FlushBatches();
        SetScissor(ref _segment, clip.Scissor);
    }

    // Pending kinds become batches in kind order, their instances appended to the frame's buffer.
    private void FlushBatches()
    {
        for (int k = 0; k < Kinds; k++)
        {
            Pending p = _pending[k];
            if (p.Count == 0) continue;
            if (_batchCount == _batches.Length)
            {
                Array.Resize(ref _batches, _batchCount * 2);
                Array.Resize(ref _batchTextures, _batches.Length * _imageSlots);
            }
            int needed = (_instanceCount + p.Count) * FloatsPerInstance;
            if (needed > _instances.Length) Array.Resize(ref _instances, Math.Max(needed, _instances.Length * 2));
            p.Instances.AsSpan(0, p.Count * FloatsPerInstance).CopyTo(_instances.AsSpan(_instanceCount * FloatsPerInstance));
            p.Textures.AsSpan(0, p.SlotCount).CopyTo(_batchTextures.AsSpan(_batchCount * _imageSlots));
            _batches[_batchCount++] = _segment with
            {
                Start = _instanceCount, Count = p.Count, SlotCount = p.SlotCount, Features = p.Features,
                Opaque = p.Opaque && !PlainBatching, X0 = p.X0, Y0 = p.Y0, X1 = p.X1, Y1 = p.Y1,
            };
            _instanceCount += p.Count;
            p.Reset();
        }
    }

    // Colours arrive premultiplied with the opacity applied; uv is (u0, v0, u1, v1) packed in a RectF; texture is the
    // image's page (0 for no image), opaqueTexels whether the image's pixels all have alpha 1, texelExact whether each
    // pixel of the image quad is one texel (then uv.X, uv.Y is the texel minus the frame pixel).
    private void PutQuadRaw(in RectF r, in CornerRadii radii, float fr, float fg, float fb, float fa,
                            float br, float bg, float bb, float ba, float borderWidth, int mode, uint texture, bool opaqueTexels,
                            bool texelExact, in Transform2D t, in RectF uv, in ClipState clip)
    {
        if (r.W <= 0 || r.H <= 0) return;
        bool border = borderWidth > 0 && ba > 0;
        // A square quad on whole pixels needs no antialiased edge (and no padding for one): it covers whole pixels.
        bool square = mode != GlesShaders.ModeGlyph && radii.IsZero && !border && t.IsIdentity && IsPixelAligned(r);
        float a = 1, b = 0, cc = 0, d = 1, tx = 0, ty = 0, pad = mode == GlesShaders.ModeGlyph || square ? 0 : 1;
        if (!t.IsIdentity)
        {
            t.ToMatrix(out a, out b, out cc, out d, out tx, out ty);
            float scale = MathF.Min(MathF.Abs(t.ScaleX), MathF.Abs(t.ScaleY));
            if (pad > 0) pad = scale > 1e-3f ? MathF.Min(1f / scale, 8f) : 0;
        }
        RectF reach = t.IsIdentity ? new RectF(r.X - pad, r.Y - pad, r.W + 2 * pad, r.H + 2 * pad) : FrameDiff.TransformedBounds(r, t);

        int kind = PlainBatching ? KindShape
            : mode == GlesShaders.ModeGlyph ? KindGlyph
            : mode == GlesShaders.ModeImage ? KindImage
            : square ? KindSquare : KindShape;
        for (int later = kind + 1; later < Kinds; later++)
        {
            if (_pending[later].Overlaps(reach))
            {
                FlushBatches();
                break;
            }
        }
        int slot = texture == 0 ? 0 : SlotFor(_pending[kind], texture);

        Pending p = _pending[kind];
        int needed = (p.Count + 1) * FloatsPerInstance;
        if (needed > p.Instances.Length) Array.Resize(ref p.Instances, p.Instances.Length * 2);
        Span<float> f = p.Instances.AsSpan(p.Count * FloatsPerInstance, FloatsPerInstance);
        f[0] = r.X; f[1] = r.Y; f[2] = r.W; f[3] = r.H;
        f[4] = radii.TopLeft; f[5] = radii.TopRight; f[6] = radii.BottomRight; f[7] = radii.BottomLeft;
        f[8] = fr; f[9] = fg; f[10] = fb; f[11] = fa;
        f[12] = br; f[13] = bg; f[14] = bb; f[15] = ba;
        f[16] = borderWidth; f[17] = mode; f[18] = slot; f[19] = clip.HasRound ? 1 : 0;
        f[20] = a; f[21] = b; f[22] = cc; f[23] = d;
        f[24] = tx; f[25] = ty; f[26] = pad; f[27] = texelExact ? 1 : 0;
        f[28] = uv.X; f[29] = uv.Y; f[30] = uv.W; f[31] = uv.H;
        if (clip.HasRound)
        {
            f[32] = clip.Round.X; f[33] = clip.Round.Y; f[34] = clip.Round.Right; f[35] = clip.Round.Bottom;
            f[36] = clip.RoundRadii.TopLeft; f[37] = clip.RoundRadii.TopRight;
            f[38] = clip.RoundRadii.BottomRight; f[39] = clip.RoundRadii.BottomLeft;
        }
        else
        {
            f[32..40].Clear();
        }
        p.Count++;
        p.AddReach(reach);
        if (mode == GlesShaders.ModeImage) p.Features |= texelExact ? GlesShaders.FeatureTexel : GlesShaders.FeatureFiltered;
        if (mode == GlesShaders.ModeGlyph) p.Features |= GlesShaders.FeatureGlyphs;
        else if (!square || PlainBatching) p.Features |= GlesShaders.FeatureSdf;
        if (border) p.Features |= GlesShaders.FeatureBorder;
        if (clip.HasRound) p.Features |= GlesShaders.FeatureRoundClip;
        bool opaque = square && !clip.HasRound && fa >= 1f && (mode == GlesShaders.ModeShape || opaqueTexels);
        p.Opaque &= opaque;
    }

    // Every edge on a whole pixel or beyond the frame: then each pixel the quad rasterizes has its centre at least half a
    // pixel inside, and the rounded-edge coverage there is exactly 1.
    private bool IsPixelAligned(in RectF r) =>
        (r.X <= 0 || r.X == MathF.Floor(r.X)) && (r.Y <= 0 || r.Y == MathF.Floor(r.Y))
        && (r.Right >= Width || r.Right == MathF.Floor(r.Right)) && (r.Bottom >= Height || r.Bottom == MathF.Floor(r.Bottom));

    private int SlotFor(Pending p, uint texture)
    {
        for (int s = 0; s < p.SlotCount; s++)
            if (p.Textures[s] == texture) return s;
        // Out of slots: draw what is pending (every kind, so the order holds) and start again.
        if (p.SlotCount == _imageSlots) FlushBatches();
        p.Textures[p.SlotCount] = texture;
        return p.SlotCount++;
    }

    private void SetScissor(ref Batch b, in RectF s)
    {
        int x0 = (int)MathF.Floor(s.X), y0 = (int)MathF.Floor(s.Y);
        int x1 = (int)MathF.Ceiling(s.Right), y1 = (int)MathF.Ceiling(s.Bottom);
        b.Scissor = x0 > 0 || y0 > 0 || x1 < Width || y1 < Height;
        b.SX = x0; b.SY = y0; b.SW = Math.Max(0, x1 - x0); b.SH = Math.Max(0, y1 - y0);
    }

    private bool SameScissor(in Batch b, in RectF s)
    {
        var probe = new Batch();
        SetScissor(ref probe, s);
        return probe.Scissor == b.Scissor && (!b.Scissor || (probe.SX == b.SX && probe.SY == b.SY && probe.SW == b.SW && probe.SH == b.SH));
    }
}
