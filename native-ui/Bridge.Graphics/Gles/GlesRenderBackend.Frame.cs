using Bridge.Graphics.Gles;
using Bridge.Graphics.Window;
using Silk.NET.OpenGL;

namespace Bridge.Graphics;

public sealed partial class GlesRenderBackend
{
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
    private Rgba? _coverColor;
    private bool _coverIsImage;
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
            int generation = _atlas.Generation;
            BuildInstances(commands);
            if (_atlas.Generation != generation)
            {
                // The atlas started over while the instances were built: the glyphs placed before that point at slots
                // that are gone.
                BuildInstances(commands);
            }
            // Glyphs first met while building (a size its face no longer kept since STEP 1) reach the texture before the
            // draw, or they would be drawn blank, and stay so where later frames do not redraw them.
            UploadAtlas();
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

    // STEP 2: commands become instances (mapped from design units to device pixels), sorted into batches by kind (see
    // Batches); a run of batches ends when the scissor changes or images need another texture. Whatever an opaque quad covering
    // the frame hides is skipped: a rect becomes the clear colour, an image is drawn first, with nothing to clear.
    private void BuildInstances(ReadOnlySpan<DrawCommand> commands)
    {
        _instanceCount = 0;
        int depth = 0;
        var clip = ClipState.Frame(Width, Height);
        BeginBatches(clip);
        DeviceMapping m = _device;
        int first = PlainBatching ? 0 : FindCover(commands, out _coverColor, out _coverIsImage);
        if (first < 0)
        {
            first = 0;
            _coverIsImage = false;
            _coverColor = null;
        }
        else if (!_coverIsImage)
        {
            first++;
        }
        foreach (ref readonly DrawCommand c in commands[first..])
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
                    UseScissor(clip);
                    break;
                case DrawKind.PopClip:
                    if (depth > 0) clip = _clipStack[--depth];
                    UseScissor(clip);
                    break;
                case DrawKind.Rect:
                {
                    if (c.Opacity <= 0 || (c.Color.A == 0 && (c.BorderWidth <= 0 || c.BorderColor.A == 0))) break;
                    RectF rect = m.Map(c.Rect);
                    if (IsCulled(rect, c.Transform, clip.Scissor)) break;
                    PutQuad(rect, m.Map(c.Radii), c.Color, c.BorderColor, c.BorderWidth * m.Scale, c.Opacity,
                            GlesShaders.ModeShape, m.Map(c.Transform), default, clip);
                    break;
                }
                case DrawKind.Image:
                {
                    RectF rect = m.Map(c.Rect);
                    if (c.Opacity <= 0 || IsCulled(rect, c.Transform, clip.Scissor)) break;
                    if (_images.TryGet(c.Image.Id, out ImagePlacement p))
                    {
                        CornerRadii radii = m.Map(c.Radii);
                        Transform2D t = m.Map(c.Transform);
                        // At its texture's size on whole pixels, unscaled: each pixel is one texel, fetched unfiltered.
                        bool exact = t.IsIdentity && radii.IsZero && rect.W == p.W && rect.H == p.H
                                     && rect.X == MathF.Floor(rect.X) && rect.Y == MathF.Floor(rect.Y);
                        RectF uv;
                        if (exact)
                        {
                            uv = new RectF(p.X - rect.X, p.Y - rect.Y, p.X - rect.X, p.Y - rect.Y);
                        }
                        else
                        {
                            (int pw, int ph) = _images.SizeOf(p.Page);
                            // Half-texel inset: bilinear filtering never reads a neighbour on the page.
                            uv = new RectF((p.X + 0.5f) / pw, (p.Y + 0.5f) / ph, (p.X + p.W - 0.5f) / pw, (p.Y + p.H - 0.5f) / ph);
                        }
                        float o = c.Opacity;
                        PutQuadRaw(rect, radii, o, o, o, o, 0, 0, 0, 0, 0, GlesShaders.ModeImage,
                                   _images.TextureOf(p.Page), p.Opaque, exact, t, uv, clip);
                    }
                    else
                    {
                        PutQuad(rect, m.Map(c.Radii), PlaceholderColor, default, 0, c.Opacity, GlesShaders.ModeShape,
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
        FlushBatches();
    }

    // The last command outside every clip that paints every pixel of the frame opaquely: a square untransformed rect of
    // an opaque colour with no border, or such an image whose pixels are all opaque. -1 when there is none.
    private int FindCover(ReadOnlySpan<DrawCommand> commands, out Rgba? color, out bool isImage)
    {
        color = null;
        isImage = false;
        int cover = -1, depth = 0;
        var frame = new RectF(0, 0, Width, Height);
        for (int i = 0; i < commands.Length; i++)
        {
            ref readonly DrawCommand c = ref commands[i];
            if (c.Kind == DrawKind.PushClip) depth++;
            else if (c.Kind == DrawKind.PopClip) depth = Math.Max(0, depth - 1);
            if (depth > 0 || c.Opacity < 1 || !c.Radii.IsZero || !c.Transform.IsIdentity) continue;
            if (c.Kind == DrawKind.Rect && c.Color.A == 255 && (c.BorderWidth <= 0 || c.BorderColor.A == 0)
                && Covers(_device.Map(c.Rect), frame))
            {
                (cover, color, isImage) = (i, c.Color, false);
            }
            else if (c.Kind == DrawKind.Image && _images.TryGet(c.Image.Id, out ImagePlacement p) && p.Opaque
                     && Covers(_device.Map(c.Rect), frame))
            {
                (cover, color, isImage) = (i, null, true);
            }
        }
        return cover;
    }

    private static bool Covers(in RectF r, in RectF frame) =>
        r.X <= frame.X && r.Y <= frame.Y && r.Right >= frame.Right && r.Bottom >= frame.Bottom;

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
            PutQuad(r, default, c.Color, default, 0, c.Opacity, GlesShaders.ModeGlyph, transform, uv, clip);
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
                         int mode, in Transform2D t, in RectF uv, in ClipState clip)
    {
        float fa = fill.A / 255f * opacity, ba = border.A / 255f * opacity;
        const float k = 1f / 255f;
        PutQuadRaw(r, radii, fill.R * k * fa, fill.G * k * fa, fill.B * k * fa, fa,
                   border.R * k * ba, border.G * k * ba, border.B * k * ba, ba, borderWidth, mode, 0, false, false, t, uv, clip);
    }

    private static RectF Grow(in RectF r, float pad) =>
        r.W > 0 && r.H > 0 ? new RectF(r.X - pad, r.Y - pad, r.W + 2 * pad, r.H + 2 * pad) : r;

    private static bool IsOutside(in RectF r, in RectF scissor) =>
        r.Right <= scissor.X || r.Bottom <= scissor.Y || r.X >= scissor.Right || r.Y >= scissor.Bottom;

    private static bool IsCulled(in RectF r, in Transform2D t, in RectF scissor) => t.IsIdentity && IsOutside(r, scissor);

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
        if (_coverColor is { } cover) clear = cover;
        float ca = clear.A / 255f;
        _gl.ClearColor(clear.R / 255f * ca, clear.G / 255f * ca, clear.B / 255f * ca, ca);
        bool scissorOn = false;
        // An opaque image over the whole frame is drawn first and writes every pixel: there is nothing to clear.
        foreach (PixelRect r in _coverIsImage ? [] : rects)
        {
            SetGlScissor(r, frame, ref scissorOn);
            _gl.Clear(ClearBufferMask.ColorBufferBit);
        }
        _gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        _gl.Disable(EnableCap.Blend);
        bool blending = false;
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
                    if (blending == b.Opaque)
                    {
                        // Opaque quads cover whole pixels with alpha 1: blending would give their colour unchanged.
                        blending = !b.Opaque;
                        if (blending) _gl.Enable(EnableCap.Blend);
                        else _gl.Disable(EnableCap.Blend);
                    }
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
            _gl.Uniform2(_viewportUniforms[b.SlotCount * GlesShaders.FeatureCombinations + b.Features], (float)Width, (float)Height);
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
