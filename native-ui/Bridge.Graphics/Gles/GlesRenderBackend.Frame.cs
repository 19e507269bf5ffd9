using Bridge.Graphics.Gles;
using Bridge.Graphics.Window;
using Silk.NET.OpenGL;

namespace Bridge.Graphics;

public sealed partial class GlesRenderBackend
{
    private struct Batch
    {
        public int Start, Count, SlotCount, Features;
        public bool Scissor;
        public int SX, SY, SW, SH;
        // Where the batch's quads can put pixels (a damage pass skips the batches it does not reach).
        public float X0, Y0, X1, Y1;
    }

    private float[] _instances = new float[FloatsPerInstance * 1024];
    private int _instanceCount;
    private Batch[] _batches = new Batch[16];
    private uint[] _batchTextures = new uint[16 * 4];
    private int _batchCount;
    private ClipState[] _clipStack = new ClipState[16];
    private readonly uint[] _boundUnits = new uint[16];
    private bool _atlasOverflowLogged;
    private DeviceMapping _device = DeviceMapping.Identity;

    private readonly FrameDiff _diff = new();
    private readonly DamageRegion _damage = new();
    private readonly HashSet<int> _changedImages = new();
    private Rgba _lastClear;
    private DeviceMapping _lastDevice;
    private int _lastAtlasGeneration;
    private bool _damageActive;
    private int _commandsDrawn;

    /// <summary>Draws the list: the whole frame, or with <see cref="DamageRedraw"/> only the rectangles where it differs
    /// from the last frame (the framebuffer keeps the rest). Glyphs go into the atlas, instances into batches, one
    /// instanced draw per batch (per damaged rectangle it reaches).</summary>
    public void Render(DrawList list, Rgba clear)
    {
        CheckThread();
        ArgumentNullException.ThrowIfNull(list);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        ReadOnlySpan<DrawCommand> commands = list.Commands;
        _device = list.Device;
        PrepareGlyphs(commands);
        UploadAtlas();

        FullRedrawReason reason = FullRedrawReason.None;
        int changed = commands.Length;
        _damage.Clear();
        if (!DamageRedraw)
        {
            reason = FullRedrawReason.Disabled;
            _diff.Forget();
        }
        else
        {
            if (!_diff.HasLast) reason = FullRedrawReason.NoLastFrame;
            else if (clear != _lastClear) reason = FullRedrawReason.ClearColour;
            else if (_device != _lastDevice) reason = FullRedrawReason.DeviceMapping;
            else if (_atlas.Generation != _lastAtlasGeneration) reason = FullRedrawReason.GlyphAtlas;
            changed = _diff.Diff(commands, _device, _damage, _changedImages);
            if (reason == FullRedrawReason.None && _damage.Area * 2 > (long)Width * Height) reason = FullRedrawReason.LargeDamage;
        }
        _changedImages.Clear();
        _lastClear = clear;
        _lastDevice = _device;
        _lastAtlasGeneration = _atlas.Generation;

        RedrawKind kind;
        if (reason != FullRedrawReason.None)
        {
            kind = RedrawKind.Full;
            _damage.AddAll();
            _damageActive = false;
        }
        else
        {
            kind = _damage.IsEmpty ? RedrawKind.Unchanged : RedrawKind.Damage;
            _damageActive = true;
        }

        int draws = 0;
        _instanceCount = 0;
        _commandsDrawn = 0;
        if (kind != RedrawKind.Unchanged)
        {
            BuildInstances(commands);
            draws = Submit(clear);
        }
        LastBatchCount = draws;
        LastInstanceCount = _instanceCount;
        if (_window is not null)
        {
            // The swap is the present: it returns once the frame is on its way to the display (at vsync).
            ShowInWindow(_window);
        }
        else if (FinishEachFrame)
        {
            // Headless, nothing else tells when the pixels exist: waiting here makes "present" the moment the frame is
            // complete (and keeps the next frame's texture uploads from stalling on this frame's rendering instead).
            _gl.Finish();
        }
        LastFrame = new RenderStats(kind, reason, kind == RedrawKind.Unchanged ? 0 : _damage.Area, _damage.Count, changed,
                                    _commandsDrawn, _instanceCount, draws,
                                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    // STEP 1: every glyph of the frame is resident before any UV is written; if the atlas had to start over while
    // doing so, the glyphs resolved earlier in the frame are gone, so resolve them all again once.
    private void PrepareGlyphs(ReadOnlySpan<DrawCommand> commands)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            int generation = _atlas.Generation;
            foreach (ref readonly DrawCommand c in commands)
            {
                if (c.Kind != DrawKind.Text || c.Text is null) continue;
                TextLayout l = c.Text;
                float scale = GlyphScale(_device.Map(c.Transform), _device.Scale, out _);
                for (int i = 0; i < l.GlyphCount; i++) _atlas.Get(l.Faces[l.GlyphFace[i]].AtScale(scale), l.Glyphs[i]);
            }
            if (_atlas.Generation == generation) return;
        }
        if (!_atlasOverflowLogged)
        {
            _atlasOverflowLogged = true;
            _log.Warning("One frame uses more glyphs than a {Size}px atlas holds; some text draws wrong glyphs", _atlas.MaxSize);
        }
    }

    private unsafe void UploadAtlas()
    {
        if (!_atlas.FullUploadNeeded && _atlas.DirtyStart == _atlas.DirtyEnd) return;
        _gl.ActiveTexture(TextureUnit.Texture0 + _imageSlots);
        _gl.BindTexture(TextureTarget.Texture2D, _atlasTexture);
        int size = _atlas.Size;
        fixed (byte* p = _atlas.Pixels)
        {
            // SAFETY: Pixels is pinned and holds Size*Size bytes; UNPACK_ALIGNMENT is 1.
            if (_atlas.FullUploadNeeded)
                _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.R8, (uint)size, (uint)size, 0,
                               PixelFormat.Red, PixelType.UnsignedByte, p);
            else
                _gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, _atlas.DirtyStart, (uint)size,
                                  (uint)(_atlas.DirtyEnd - _atlas.DirtyStart), PixelFormat.Red, PixelType.UnsignedByte,
                                  p + _atlas.DirtyStart * size);
        }
        _atlas.MarkUploaded();
    }

    // STEP 2: commands become instances (mapped from design units to device pixels); a batch ends only when the scissor
    // changes or its texture slots run out.
    private void BuildInstances(ReadOnlySpan<DrawCommand> commands)
    {
        _instanceCount = 0;
        _batchCount = 0;
        int depth = 0;
        var clip = ClipState.Frame(Width, Height);
        OpenBatch(clip);
        DeviceMapping m = _device;
        foreach (ref readonly DrawCommand c in commands)
        {
            if (c.Kind is DrawKind.Rect or DrawKind.Image or DrawKind.Text)
            {
                // A damage frame draws only the commands that reach the damage (their bounds as the diff sees them).
                if (_damageActive && !_damage.Overlaps(Grow(clip.Scissor.Intersect(FrameDiff.DeviceBounds(c, m)), FrameDiff.Pad))) continue;
                _commandsDrawn++;
            }
            switch (c.Kind)
            {
                case DrawKind.PushClip:
                    if (depth == _clipStack.Length) Array.Resize(ref _clipStack, depth * 2);
                    _clipStack[depth++] = clip;
                    clip = clip.Push(m.Map(c.Rect), m.Map(c.Radii));
                    OpenBatch(clip);
                    break;
                case DrawKind.PopClip:
                    if (depth > 0) clip = _clipStack[--depth];
                    OpenBatch(clip);
                    break;
                case DrawKind.Rect:
                {
                    if (c.Opacity <= 0 || (c.Color.A == 0 && (c.BorderWidth <= 0 || c.BorderColor.A == 0))) break;
                    RectF rect = m.Map(c.Rect);
                    if (IsCulled(rect, c.Transform, clip.Scissor)) break;
                    PutQuad(rect, m.Map(c.Radii), c.Color, c.BorderColor, c.BorderWidth * m.Scale, c.Opacity,
                            GlesShaders.ModeShape, 0, m.Map(c.Transform), default, clip);
                    break;
                }
                case DrawKind.Image:
                {
                    RectF rect = m.Map(c.Rect);
                    if (c.Opacity <= 0 || IsCulled(rect, c.Transform, clip.Scissor)) break;
                    if (_images.TryGet(c.Image.Id, out ImagePlacement p))
                    {
                        int slot = SlotFor(_images.TextureOf(p.Page), clip);
                        (int pw, int ph) = _images.SizeOf(p.Page);
                        // Half-texel inset: bilinear filtering never reads a neighbour on the page.
                        var uv = new RectF((p.X + 0.5f) / pw, (p.Y + 0.5f) / ph, (p.X + p.W - 0.5f) / pw, (p.Y + p.H - 0.5f) / ph);
                        float o = c.Opacity;
                        PutQuadRaw(rect, m.Map(c.Radii), o, o, o, o, 0, 0, 0, 0, 0, GlesShaders.ModeImage, slot,
                                   m.Map(c.Transform), uv, clip);
                    }
                    else
                    {
                        PutQuad(rect, m.Map(c.Radii), PlaceholderColor, default, 0, c.Opacity, GlesShaders.ModeShape, 0,
                                m.Map(c.Transform), default, clip);
                    }
                    break;
                }
                case DrawKind.Text:
                    if (c.Opacity <= 0 || c.Color.A == 0 || c.Text is null) break;
                    PutGlyphs(c, clip);
                    break;
            }
        }
    }

    private void PutGlyphs(in DrawCommand c, in ClipState clip)
    {
        TextLayout l = c.Text!;
        DeviceMapping m = _device;
        float inv = 1f / _atlas.Size;
        float originX = c.Rect.X, originY = c.Rect.Y;
        Transform2D transform = m.Map(c.Transform);
        // Glyphs are rasterized at the size they are shown (the device's scale, times a uniform scale transform such as a
        // focused tile's), placed where the design-unit layout, then the transform, puts them.
        float scale = GlyphScale(transform, m.Scale, out bool baked);
        if (baked) transform = Transform2D.Identity;
        bool identity = transform.IsIdentity;
        c.Transform.ToMatrix(out float ta, out _, out _, out _, out float ttx, out float tty);
        if (!baked) (ta, ttx, tty) = (1, 0, 0);
        for (int i = 0; i < l.GlyphCount; i++)
        {
            GlyphSlot s = _atlas.Get(l.Faces[l.GlyphFace[i]].AtScale(scale), l.Glyphs[i]);
            if (s.W == 0) continue;
            // Snap the pen to whole pixels so that glyph texels map 1:1 to frame pixels.
            float x = MathF.Round((ta * (originX + l.X[i]) + ttx) * m.Scale + m.OffsetX) + s.Left;
            float y = MathF.Round((ta * (originY + l.Y[i]) + tty) * m.Scale + m.OffsetY) + s.Top;
            var r = new RectF(x, y, s.W, s.H);
            if (identity && (IsOutside(r, clip.Scissor) || (_damageActive && !_damage.Overlaps(Grow(r, 1))))) continue;
            var uv = new RectF(s.X * inv, s.Y * inv, (s.X + s.W) * inv, (s.Y + s.H) * inv);
            PutQuad(r, default, c.Color, default, 0, c.Opacity, GlesShaders.ModeGlyph, 0, transform, uv, clip);
        }
    }

    // The scale glyphs are rasterized at: the device's, times the transform's when it only scales (the same on both axes)
    // and translates, which the glyphs' placement then takes in (baked); a rotating transform keeps device-size glyphs.
    internal static float GlyphScale(in Transform2D deviceTransform, float deviceScale, out bool baked)
    {
        baked = false;
        if (deviceTransform.IsIdentity || deviceTransform.RotationRadians != 0 || deviceTransform.ScaleX != deviceTransform.ScaleY
            || !(deviceTransform.ScaleX > 0.05f) || deviceTransform.ScaleX > 20f)
        {
            return deviceScale;
        }
        baked = true;
        return deviceScale * deviceTransform.ScaleX;
    }

    private void PutQuad(in RectF r, in CornerRadii radii, Rgba fill, Rgba border, float borderWidth, float opacity,
                         int mode, int slot, in Transform2D t, in RectF uv, in ClipState clip)
    {
        float fa = fill.A / 255f * opacity, ba = border.A / 255f * opacity;
        const float k = 1f / 255f;
        PutQuadRaw(r, radii, fill.R * k * fa, fill.G * k * fa, fill.B * k * fa, fa,
                   border.R * k * ba, border.G * k * ba, border.B * k * ba, ba, borderWidth, mode, slot, t, uv, clip);
    }

    // Colours arrive premultiplied with the opacity applied; uv is (u0, v0, u1, v1) packed in a RectF.
    private void PutQuadRaw(in RectF r, in CornerRadii radii, float fr, float fg, float fb, float fa,
                            float br, float bg, float bb, float ba, float borderWidth, int mode, int slot,
                            in Transform2D t, in RectF uv, in ClipState clip)
    {
        if (r.W <= 0 || r.H <= 0) return;
        int needed = (_instanceCount + 1) * FloatsPerInstance;
        if (needed > _instances.Length) Array.Resize(ref _instances, _instances.Length * 2);
        Span<float> f = _instances.AsSpan(_instanceCount * FloatsPerInstance, FloatsPerInstance);
        float a = 1, b = 0, cc = 0, d = 1, tx = 0, ty = 0, pad = mode == GlesShaders.ModeGlyph ? 0 : 1;
        if (!t.IsIdentity)
        {
            t.ToMatrix(out a, out b, out cc, out d, out tx, out ty);
            float scale = MathF.Min(MathF.Abs(t.ScaleX), MathF.Abs(t.ScaleY));
            if (pad > 0) pad = scale > 1e-3f ? MathF.Min(1f / scale, 8f) : 0;
        }
        f[0] = r.X; f[1] = r.Y; f[2] = r.W; f[3] = r.H;
        f[4] = radii.TopLeft; f[5] = radii.TopRight; f[6] = radii.BottomRight; f[7] = radii.BottomLeft;
        f[8] = fr; f[9] = fg; f[10] = fb; f[11] = fa;
        f[12] = br; f[13] = bg; f[14] = bb; f[15] = ba;
        f[16] = borderWidth; f[17] = mode; f[18] = slot; f[19] = clip.HasRound ? 1 : 0;
        f[20] = a; f[21] = b; f[22] = cc; f[23] = d;
        f[24] = tx; f[25] = ty; f[26] = pad; f[27] = 0;
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
        _instanceCount++;
        ref Batch batch = ref _batches[_batchCount - 1];
        batch.Count++;
        RectF reach = t.IsIdentity ? new RectF(r.X - pad, r.Y - pad, r.W + 2 * pad, r.H + 2 * pad) : FrameDiff.TransformedBounds(r, t);
        batch.X0 = MathF.Min(batch.X0, reach.X);
        batch.Y0 = MathF.Min(batch.Y0, reach.Y);
        batch.X1 = MathF.Max(batch.X1, reach.Right);
        batch.Y1 = MathF.Max(batch.Y1, reach.Bottom);
        if (mode == GlesShaders.ModeGlyph) batch.Features |= GlesShaders.FeatureGlyphs;
        if (borderWidth > 0 && ba > 0) batch.Features |= GlesShaders.FeatureBorder;
        if (clip.HasRound) batch.Features |= GlesShaders.FeatureRoundClip;
    }

    private static RectF Grow(in RectF r, float pad) =>
        r.W > 0 && r.H > 0 ? new RectF(r.X - pad, r.Y - pad, r.W + 2 * pad, r.H + 2 * pad) : r;

    private static bool IsOutside(in RectF r, in RectF scissor) =>
        r.Right <= scissor.X || r.Bottom <= scissor.Y || r.X >= scissor.Right || r.Y >= scissor.Bottom;

    private static bool IsCulled(in RectF r, in Transform2D t, in RectF scissor) => t.IsIdentity && IsOutside(r, scissor);

    private int SlotFor(uint texture, in ClipState clip)
    {
        ref Batch batch = ref _batches[_batchCount - 1];
        int baseIndex = (_batchCount - 1) * _imageSlots;
        for (int s = 0; s < batch.SlotCount; s++)
            if (_batchTextures[baseIndex + s] == texture) return s;
        if (batch.SlotCount == _imageSlots)
        {
            NewBatch(clip);
            return SlotFor(texture, clip);
        }
        _batchTextures[baseIndex + batch.SlotCount] = texture;
        return batch.SlotCount++;
    }

    private void OpenBatch(in ClipState clip)
    {
        if (_batchCount > 0)
        {
            ref Batch last = ref _batches[_batchCount - 1];
            if (last.Count == 0 && last.SlotCount == 0)
            {
                SetScissor(ref last, clip.Scissor);
                return;
            }
            if (SameScissor(last, clip.Scissor)) return;
        }
        NewBatch(clip);
    }

    private void NewBatch(in ClipState clip)
    {
        if (_batchCount == _batches.Length)
        {
            Array.Resize(ref _batches, _batchCount * 2);
            Array.Resize(ref _batchTextures, _batches.Length * _imageSlots);
        }
        ref Batch b = ref _batches[_batchCount++];
        b = new Batch { Start = _instanceCount, X0 = float.MaxValue, Y0 = float.MaxValue, X1 = float.MinValue, Y1 = float.MinValue };
        SetScissor(ref b, clip.Scissor);
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

    // The frame is drawn top row first into the FBO (as ReadPixels returns it); the blit flips it upright into the window's
    // framebuffer, scaled to its size (HiDPI), then the swap shows it.
    private void ShowInWindow(GlfwWindow window)
    {
        var (fw, fh) = window.FramebufferSize;
        _gl.Disable(EnableCap.ScissorTest);
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _framebuffer);
        _gl.BindFramebuffer(FramebufferTarget.DrawFramebuffer, 0);
        _gl.BlitFramebuffer(0, 0, Width, Height, 0, fh, fw, 0, ClearBufferMask.ColorBufferBit,
                            fw == Width && fh == Height ? BlitFramebufferFilter.Nearest : BlitFramebufferFilter.Linear);
        window.SwapBuffers();
        window.NeedsRedraw = false;
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _framebuffer);
    }

    // STEP 3: one buffer upload, then the damaged rectangles (the whole frame for a full redraw) are cleared, and per
    // batch: textures, attribute offsets, then per rectangle it reaches a scissor (its clip within the rectangle) and one
    // instanced draw.
    private unsafe int Submit(Rgba clear)
    {
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _framebuffer);
        _gl.Viewport(0, 0, (uint)Width, (uint)Height);
        ReadOnlySpan<PixelRect> rects = _damage.Rects;
        var frame = new PixelRect(0, 0, Width, Height);
        float ca = clear.A / 255f;
        _gl.ClearColor(clear.R / 255f * ca, clear.G / 255f * ca, clear.B / 255f * ca, ca);
        bool scissorOn = false;
        foreach (PixelRect r in rects)
        {
            SetGlScissor(r, frame, ref scissorOn);
            _gl.Clear(ClearBufferMask.ColorBufferBit);
        }
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        _gl.BindVertexArray(_vao);
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _instanceBuffer);
        fixed (float* p = _instances)
        {
            // SAFETY: p is pinned and holds at least _instanceCount * FloatsPerInstance floats.
            _gl.BufferData(BufferTargetARB.ArrayBuffer, (nuint)(_instanceCount * StrideBytes), p, BufferUsageARB.StreamDraw);
        }
        _gl.ActiveTexture(TextureUnit.Texture0 + _imageSlots);
        _gl.BindTexture(TextureTarget.Texture2D, _atlasTexture);
        Array.Clear(_boundUnits);

        int draws = 0;
        uint current = 0;
        for (int i = 0; i < _batchCount; i++)
        {
            ref Batch b = ref _batches[i];
            if (b.Count == 0) continue;
            PixelRect batchClip = (b.Scissor ? new PixelRect(b.SX, b.SY, b.SW, b.SH) : frame)
                .Intersect(PixelRect.Covering(new RectF(b.X0, b.Y0, b.X1 - b.X0, b.Y1 - b.Y0), 1));
            bool prepared = false;
            foreach (PixelRect r in rects)
            {
                PixelRect scissor = batchClip.Intersect(r);
                if (scissor.IsEmpty) continue;
                if (!prepared)
                {
                    prepared = true;
                    current = PrepareBatch(i, current);
                }
                // A scissor that covers the batch's reach is the same as no scissor: skip the state change.
                SetGlScissor(b.Scissor || rects.Length > 1 || r != frame ? scissor : frame, frame, ref scissorOn);
                _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, (uint)b.Count);
                draws++;
            }
        }
        if (scissorOn) _gl.Disable(EnableCap.ScissorTest);
        return draws;
    }

    private unsafe uint PrepareBatch(int i, uint current)
    {
        ref Batch b = ref _batches[i];
        uint program = ProgramFor(b.SlotCount, b.Features);
        if (program != current)
        {
            _gl.UseProgram(program);
            _gl.Uniform2(_viewportUniforms[b.SlotCount * 8 + b.Features], (float)Width, (float)Height);
        }
        for (int s = 0; s < b.SlotCount; s++)
        {
            uint tex = _batchTextures[i * _imageSlots + s];
            if (_boundUnits[s] == tex) continue;
            _gl.ActiveTexture(TextureUnit.Texture0 + s);
            _gl.BindTexture(TextureTarget.Texture2D, tex);
            _boundUnits[s] = tex;
        }
        // ES 3.0 has no base instance: point the per-instance attributes at this batch's first instance.
        nint offset = (nint)b.Start * StrideBytes;
        for (uint a = 0; a < 10; a++)
            _gl.VertexAttribPointer(a + 1, 4, VertexAttribPointerType.Float, false, StrideBytes, (void*)(offset + a * 16));
        return program;
    }

    private void SetGlScissor(in PixelRect r, in PixelRect frame, ref bool scissorOn)
    {
        if (r == frame)
        {
            if (scissorOn) _gl.Disable(EnableCap.ScissorTest);
            scissorOn = false;
            return;
        }
        if (!scissorOn) _gl.Enable(EnableCap.ScissorTest);
        scissorOn = true;
        _gl.Scissor(r.X, r.Y, (uint)r.W, (uint)r.H);
    }
}
