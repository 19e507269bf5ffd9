using System.Diagnostics;
using Bridge.Graphics.Gles;
using Bridge.Graphics.Window;
using Serilog;
using Silk.NET.OpenGL;

namespace Bridge.Graphics;

/// <summary>The OpenGL ES 3 renderer: draws a <see cref="DrawList"/> with one instanced draw per batch into an FBO that
/// keeps the last frame (so that a frame redraws only what changed), and shows each frame in a window when it was given one.</summary>
/// <remarks>Thread affinity: the backend makes its EGL context (or the window's) current on the thread that constructs it, and every
/// later call (Render, ReadPixels, UploadImage, Resize, Dispose) must come from that same thread; a call from another
/// thread throws <see cref="InvalidOperationException"/>. The engine's UI thread is that render thread.</remarks>
public sealed partial class GlesRenderBackend : IRenderBackend
{
    private const int FloatsPerInstance = 40;
    private const int StrideBytes = FloatsPerInstance * sizeof(float);

    // One image texture per batch: a software rasterizer runs every branch of the shader for every pixel, so a batch
    // that samples k textures fetches k times at each of its pixels (a full-frame backdrop batched with posters of
    // another page cost about twice its own time). Another texture costs a draw call instead. Pages keep textures few.
    private const int ImageSlotsPerBatch = 1;

    /// <summary>Fill of the placeholder drawn for images that are loading, missing or corrupt.</summary>
    public static readonly Rgba PlaceholderColor = new(0x2B, 0x31, 0x3A, 0xFF);

    private readonly int _thread;
    private readonly ILogger _log;
    private readonly EglContext? _egl;
    private readonly GlfwWindow? _window;
    private readonly GL _gl;
    private readonly uint[] _programs;
    private readonly int[] _viewportUniforms;
    private readonly uint _vao, _quadBuffer, _instanceBuffer;
    private readonly uint _atlasTexture;
    private readonly int _imageSlots;
    private readonly GlyphAtlas _atlas;
    private readonly ImagePages _images;
    private uint _framebuffer, _colorBuffer;
    private bool _disposed;

    /// <summary>Creates an EGL context (GPU device if present, else Mesa surfaceless), compiles the shaders and sizes the frame.</summary>
    /// <exception cref="GraphicsUnavailableException">No OpenGL ES 3 context can be created here.</exception>
    public GlesRenderBackend(int width, int height, ILogger? log = null)
        : this(width, height, log, null)
    {
    }

    /// <summary>Renders with the context of <paramref name="window"/> (current on this thread) and shows every frame in it;
    /// the window stays the caller's to dispose, after this backend.</summary>
    /// <exception cref="GraphicsUnavailableException">The window's context is not a usable OpenGL ES 3 context.</exception>
    public GlesRenderBackend(GlfwWindow window, int width, int height, ILogger? log = null)
        : this(width, height, log, window ?? throw new ArgumentNullException(nameof(window)))
    {
    }

    private GlesRenderBackend(int width, int height, ILogger? log, GlfwWindow? window)
    {
        _thread = Environment.CurrentManagedThreadId;
        _log = (log ?? Serilog.Core.Logger.None).ForContext<GlesRenderBackend>();
        var sw = Stopwatch.StartNew();
        _window = window;
        _egl = window is null ? EglContext.Create(_log) : null;
        try
        {
            _gl = window is null ? GL.GetApi(name => Egl.GetProcAddress(name)) : GL.GetApi(window.GetProcAddress);
            Renderer = _gl.GetStringS(StringName.Renderer) ?? "unknown";
            Version = _gl.GetStringS(StringName.Version) ?? "unknown";
            _gl.GetInteger(GetPName.MaxTextureSize, out int maxTexture);
            MaxTextureSize = maxTexture;
            _imageSlots = ImageSlotsPerBatch;
            _images = new ImagePages(_gl, Math.Min(2048, maxTexture));
            _programs = new uint[(_imageSlots + 1) * GlesShaders.FeatureCombinations];
            _viewportUniforms = new int[_programs.Length];
            // The variant of plain rects is made now, so that a broken driver fails at construction.
            ProgramFor(0, 0);

            _vao = _gl.GenVertexArray();
            _gl.BindVertexArray(_vao);
            _quadBuffer = _gl.GenBuffer();
            _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _quadBuffer);
            ReadOnlySpan<float> quad = [0, 0, 1, 0, 0, 1, 1, 1];
            _gl.BufferData(BufferTargetARB.ArrayBuffer, quad, BufferUsageARB.StaticDraw);
            _gl.EnableVertexAttribArray(0);
            unsafe { _gl.VertexAttribPointer(0, 2, VertexAttribPointerType.Float, false, 0, (void*)0); }
            _instanceBuffer = _gl.GenBuffer();
            _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _instanceBuffer);
            for (uint a = 1; a <= 10; a++)
            {
                _gl.EnableVertexAttribArray(a);
                _gl.VertexAttribDivisor(a, 1);
            }

            _atlas = new GlyphAtlas(512, Math.Min(2048, maxTexture));
            _atlasTexture = _gl.GenTexture();
            _gl.ActiveTexture(TextureUnit.Texture0 + _imageSlots);
            _gl.BindTexture(TextureTarget.Texture2D, _atlasTexture);
            SetSampling(TextureMinFilter.Nearest, TextureMagFilter.Nearest);
            _gl.PixelStore(PixelStoreParameter.UnpackAlignment, 1);
            _gl.PixelStore(PixelStoreParameter.PackAlignment, 4);

            Resize(width, height);
        }
        catch
        {
            _egl?.Dispose();
            throw;
        }
        _log.Information("OpenGL ES renderer {Renderer} ({Version}) on the {Platform} platform, ready in {Ms} ms",
                         Renderer, Version, Platform, sw.ElapsedMilliseconds);
    }

    /// <summary>GL_RENDERER of the context (for example "llvmpipe (LLVM 15.0.6, 256 bits)").</summary>
    public string Renderer { get; }

    /// <summary>GL_VERSION of the context.</summary>
    public string Version { get; }

    /// <summary>Where the context came from: the EGL device (a GPU), surfaceless (Mesa software) or default platform, or a
    /// window (window-native, window-egl).</summary>
    public string Platform => _window is null ? _egl!.Platform : "window-" + _window.ContextApi;

    /// <summary>Largest texture side the context accepts.</summary>
    public int MaxTextureSize { get; }

    /// <inheritdoc/>
    public int Width { get; private set; }

    /// <inheritdoc/>
    public int Height { get; private set; }

    /// <summary>Instanced draw calls issued by the last frame.</summary>
    public int LastBatchCount { get; private set; }

    /// <summary>Quads (rects, images, glyphs) drawn by the last frame.</summary>
    public int LastInstanceCount { get; private set; }

    /// <summary>Whether a frame draws only where it differs from the last one (on by default): the framebuffer keeps the
    /// last frame, and the rectangles whose draw commands changed are cleared and drawn again with a scissor. Off, every
    /// frame is drawn whole.</summary>
    public bool DamageRedraw { get; set; } = true;

    /// <summary>What the last frame did: full or damage redraw and why, damaged pixels, commands drawn, draw calls, time.</summary>
    public RenderStats LastFrame { get; private set; }

    /// <summary>Glyphs resident in the atlas.</summary>
    public int AtlasGlyphCount => _atlas.GlyphCount;

    /// <summary>Side of the square glyph atlas texture in pixels.</summary>
    public int AtlasSize => _atlas.Size;

    /// <summary>The textures the backend holds: the image pages (shared pages packed with images, and dedicated pages of
    /// large images) and the glyph atlas, with their sizes and bytes, for an inspector.</summary>
    public IReadOnlyList<TexturePage> TexturePages
    {
        get
        {
            CheckThread();
            var pages = new List<TexturePage>(_images.Pages())
            {
                new(TexturePageKind.Glyphs, _atlas.Size, _atlas.Size, (long)_atlas.Size * _atlas.Size, _atlas.GlyphCount),
            };
            return pages;
        }
    }

    /// <summary>Changes whenever <see cref="TexturePages"/> would report something else (an image placed or deleted, a
    /// glyph added, the atlas grown or reset).</summary>
    public long TexturesVersion => _images.Version + _atlas.Version;

    /// <inheritdoc/>
    public void Resize(int width, int height)
    {
        CheckThread();
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (width > MaxTextureSize || height > MaxTextureSize)
            throw new ArgumentOutOfRangeException(nameof(width), $"Frame {width}x{height} exceeds the GL maximum of {MaxTextureSize}.");
        if (_framebuffer != 0)
        {
            _gl.DeleteFramebuffer(_framebuffer);
            _gl.DeleteRenderbuffer(_colorBuffer);
        }
        _colorBuffer = _gl.GenRenderbuffer();
        _gl.BindRenderbuffer(RenderbufferTarget.Renderbuffer, _colorBuffer);
        _gl.RenderbufferStorage(RenderbufferTarget.Renderbuffer, InternalFormat.Rgba8, (uint)width, (uint)height);
        _framebuffer = _gl.GenFramebuffer();
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _framebuffer);
        _gl.FramebufferRenderbuffer(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0,
                                    RenderbufferTarget.Renderbuffer, _colorBuffer);
        GLEnum status = _gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        if (status != GLEnum.FramebufferComplete)
            throw new InvalidOperationException($"The {width}x{height} RGBA8 framebuffer is incomplete ({status}).");
        Width = width;
        Height = height;
        // The new framebuffer holds no last frame to keep: the next frame is drawn whole.
        _damage.Reset(width, height);
        _diff.Forget();
    }

    /// <inheritdoc/>
    public unsafe void ReadPixels(Span<byte> rgba)
    {
        CheckThread();
        int needed = Width * Height * 4;
        if (rgba.Length < needed)
            throw new ArgumentException($"ReadPixels: buffer has {rgba.Length} bytes, a {Width}x{Height} frame needs {needed}.", nameof(rgba));
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, _framebuffer);
        fixed (byte* p = rgba)
        {
            // SAFETY: p is pinned and holds Width*Height*4 bytes; PACK_ALIGNMENT is 4 and rows are 4-byte pixels.
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        }
    }

    /// <summary>Whether <see cref="Render"/> waits for the frame's pixels to be complete (glFinish) before it returns; on
    /// by default, so that a frame's present time is when it is drawn, not when its commands were queued.</summary>
    public bool FinishEachFrame { get; set; } = true;

    /// <summary>Waits until the GPU has finished every submitted command (glFinish), for timing.</summary>
    public void Finish()
    {
        CheckThread();
        _gl.Finish();
    }

    /// <inheritdoc/>
    public void UploadImage(ImageHandle image, int width, int height, ReadOnlySpan<byte> premultipliedRgba)
    {
        CheckThread();
        if (image.IsNone) throw new ArgumentException("UploadImage: ImageHandle.None cannot have a texture.", nameof(image));
        if (width < 1 || height < 1 || width > MaxTextureSize || height > MaxTextureSize)
            throw new ArgumentOutOfRangeException(nameof(width), $"UploadImage {image}: {width}x{height} is outside 1..{MaxTextureSize}.");
        if (premultipliedRgba.Length < width * height * 4)
            throw new ArgumentException($"UploadImage {image}: {premultipliedRgba.Length} bytes for {width}x{height} RGBA8.", nameof(premultipliedRgba));
        _images.Upload(image.Id, width, height, premultipliedRgba);
        _changedImages.Add(image.Id);
    }

    /// <inheritdoc/>
    public void DeleteImage(ImageHandle image)
    {
        CheckThread();
        _images.Delete(image.Id);
        _changedImages.Add(image.Id);
    }

    /// <summary>True when the image has a texture (otherwise the placeholder is drawn).</summary>
    public bool HasTexture(ImageHandle image) => _images.TryGet(image.Id, out _);

    /// <summary>Image page textures in use.</summary>
    public int ImagePageCount => _images.PageCount;

    /// <summary>Frees every GL object and the context.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        CheckThread();
        _disposed = true;
        _images.DeleteAll();
        _gl.DeleteTexture(_atlasTexture);
        _gl.DeleteFramebuffer(_framebuffer);
        _gl.DeleteRenderbuffer(_colorBuffer);
        _gl.DeleteBuffer(_quadBuffer);
        _gl.DeleteBuffer(_instanceBuffer);
        _gl.DeleteVertexArray(_vao);
        foreach (uint program in _programs) if (program != 0) _gl.DeleteProgram(program);
        _gl.Dispose();
        _egl?.Dispose();
    }

    // Program variants are compiled on first use (about 40 ms each on llvmpipe) and kept.
    private uint ProgramFor(int imageSlots, int features)
    {
        int key = imageSlots * GlesShaders.FeatureCombinations + features;
        if (_programs[key] != 0) return _programs[key];
        uint program = GlesShaders.Build(_gl, imageSlots, features);
        _gl.UseProgram(program);
        _gl.Uniform1(_gl.GetUniformLocation(program, "u_atlas"), _imageSlots);
        for (int i = 0; i < imageSlots; i++)
            _gl.Uniform1(_gl.GetUniformLocation(program, $"u_images[{i}]"), i);
        _viewportUniforms[key] = _gl.GetUniformLocation(program, "u_viewport");
        _programs[key] = program;
        _log.Debug("Compiled shader variant with {Slots} image slots and features {Features}", imageSlots, features);
        return program;
    }

    private void SetSampling(TextureMinFilter min, TextureMagFilter mag)
    {
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)min);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)mag);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    private void CheckThread()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Environment.CurrentManagedThreadId != _thread)
            throw new InvalidOperationException(
                $"GlesRenderBackend was created on managed thread {_thread} and must be used only there (called from {Environment.CurrentManagedThreadId}).");
    }
}
