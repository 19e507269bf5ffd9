using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Serilog;
using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Loads images by src: decodes them on the thread pool, uploads them within a per-frame budget,
/// counts references and evicts unreferenced textures by least recent release over a byte budget.</summary>
/// <remarks>An image larger than what covers the frame of the render backend it is uploaded to (its
/// <see cref="IRenderBackend.Width"/>×<see cref="IRenderBackend.Height"/>, both sides kept in proportion) is shrunk to that
/// on the thread pool before its upload: it is never drawn larger than that without being enlarged, and drawing a
/// texture much larger than it is shown costs a software rasterizer memory traffic and skips source pixels (shimmer).
/// Its size (<see cref="TryGetSize"/>) stays its own. When the frame grows past what an image was shrunk for, it is
/// decoded again.
/// Call <see cref="Acquire"/>, <see cref="Release"/>, <see cref="GetState"/> and <see cref="Update"/> from one
/// thread (the UI/render thread). A src is a path relative to the assets folder, an <c>asset://</c> URI or a base64 <c>data:</c> URL; anything
/// else, a missing file or a corrupt one fails once with a logged warning and draws the placeholder.</remarks>
public sealed class ResourceSystem : IDisposable
{
    private const string AssetScheme = "asset://";

    private sealed class Entry(int id, string src)
    {
        public readonly int Id = id;
        public readonly string Src = src;
        public int RefCount;
        public ImageState State;
        public SKBitmap? Decoded;
        // The image's own size; the texture's (TextureWidth×TextureHeight, Bytes) may be smaller: see FitSize.
        public int Width, Height, TextureWidth, TextureHeight;
        public long Bytes;
        public bool Queued, Evicted;
        public LinkedListNode<Entry>? Unreferenced;
    }

    private readonly string _root;
    private readonly ResourceOptions _options;
    private readonly ILogger _log;
    private readonly Dictionary<string, Entry> _bySrc = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Entry> _byId = new();
    private readonly ConcurrentQueue<Decoded> _decoded = new();
    private readonly Queue<Entry> _awaitingUpload = new();
    private readonly List<Decoded> _arrived = [];
    private readonly object _decodeGate = new();
    private readonly LinkedList<Entry> _lru = new();
    private readonly Queue<EvictedImage> _evicted = new();
    private int _nextId;
    private int _decoding;
    // The frame the images are drawn into, in device pixels (0×0 until an Update with a render backend); decodes read it.
    private volatile int _frameWidth, _frameHeight;

    // A decode's (or a shrink's) result: the pixels, or why there are none, and the size of the image itself.
    private readonly record struct Decoded(Entry Entry, SKBitmap? Bitmap, int SourceWidth, int SourceHeight, string? Error);

    /// <summary>Textures are shrunk only when this much smaller than the image or less (not for a few pixels).</summary>
    internal const float ShrinkBelow = 0.9f;
    private bool _disposed;

    /// <summary>Creates a resource system serving images from the folder <paramref name="assetsRoot"/>.</summary>
    public ResourceSystem(string assetsRoot, ILogger? log = null, ResourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(assetsRoot);
        _root = Path.GetFullPath(assetsRoot);
        _options = options ?? ResourceOptions.Default;
        _log = (log ?? Serilog.Core.Logger.None).ForContext<ResourceSystem>();
    }

    /// <summary>The absolute assets folder.</summary>
    public string AssetsRoot => _root;

    /// <summary>True while an image is decoding or waiting for its upload.</summary>
    public bool HasPendingWork => Volatile.Read(ref _decoding) > 0 || !_decoded.IsEmpty || _awaitingUpload.Count > 0;

    /// <summary>Bytes of texture memory held by uploaded images.</summary>
    public long TextureBytes { get; private set; }

    /// <summary>Number of images evicted so far.</summary>
    public int Evictions { get; private set; }

    /// <summary>Evicted images kept for <see cref="Snapshot"/>, newest last.</summary>
    public const int EvictedKept = 32;

    /// <summary>Changes whenever what <see cref="Snapshot"/> reports changes (an image acquired, released, decoded,
    /// uploaded, failed or evicted), so a viewer asks for a snapshot only when this moved.</summary>
    public long Version { get; private set; }

    /// <summary>The images held and their memory, the budget, and the last evictions, for an inspector.</summary>
    /// <param name="drawnSize">The size each image is drawn at (for example the largest layout box showing it), when
    /// the caller knows it; images it does not name report a drawn size of 0×0.</param>
    public ResourceSnapshot Snapshot(Func<ImageHandle, (float Width, float Height)?>? drawnSize = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var images = new List<ImageResource>(_byId.Count);
        foreach (Entry e in _byId.Values)
        {
            (float w, float h) = drawnSize?.Invoke(new ImageHandle(e.Id)) ?? (0, 0);
            images.Add(new ImageResource(e.Id, e.Src, e.State, e.RefCount, e.Width, e.Height, e.Bytes, w, h));
        }
        images.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new ResourceSnapshot(Version, TextureBytes, _options.TextureByteBudget, Evictions, images, [.. _evicted]);
    }

    /// <summary>Takes a reference to the image at <paramref name="src"/>, starting its load on first use.</summary>
    public ImageHandle Acquire(string src)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(src);
        if (!_bySrc.TryGetValue(src, out Entry? e))
        {
            e = new Entry(++_nextId, src);
            _bySrc.Add(src, e);
            _byId.Add(e.Id, e);
            if (TryResolve(src, out string? path, out string? error)) StartDecode(e, path);
            else Fail(e, error);
        }
        if (e.Unreferenced is not null)
        {
            _lru.Remove(e.Unreferenced);
            e.Unreferenced = null;
        }
        e.RefCount++;
        Version++;
        return new ImageHandle(e.Id);
    }

    /// <summary>Drops a reference; an image nobody references stays cached until the byte budget evicts it.</summary>
    public void Release(ImageHandle h)
    {
        Entry e = Get(h, nameof(Release));
        if (e.RefCount == 0) throw new InvalidOperationException($"Release of image '{e.Src}' ({h}): it has no reference left (released twice?).");
        if (--e.RefCount == 0) e.Unreferenced = _lru.AddLast(e);
        Version++;
    }

    /// <summary>Whether an image is loading, ready to draw, or failed.</summary>
    public ImageState GetState(ImageHandle h) => Get(h, nameof(GetState)).State;

    /// <summary>The pixel size of a decoded image; false while loading or when it failed.</summary>
    public bool TryGetSize(ImageHandle h, out int width, out int height)
    {
        Entry e = Get(h, nameof(TryGetSize));
        width = e.Width;
        height = e.Height;
        return e.Width > 0;
    }

    /// <summary>The src an image was acquired with.</summary>
    public string SourceOf(ImageHandle h) => Get(h, nameof(SourceOf)).Src;

    /// <summary>Blocks until every decode started so far has finished (its result waits for the next <see cref="Update(IImageUploader)"/>),
    /// or <paramref name="timeout"/> passes; true when none is running.</summary>
    public bool WaitForDecodes(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_decodeGate)
        {
            while (Volatile.Read(ref _decoding) > 0)
            {
                var left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    return false;
                }
                Monitor.Wait(_decodeGate, TimeSpan.FromSeconds(Math.Min((double)left / Stopwatch.Frequency, 0.05)));
            }
        }
        return true;
    }

    /// <summary>Uploads decoded images within the per-frame budget and evicts over the byte budget; call once per frame.</summary>
    public void Update(IImageUploader uploader) => Update(uploader, _options.UploadBytesPerFrame);

    /// <summary>Like <see cref="Update(IImageUploader)"/> with this frame's upload budget in bytes (at least one image is uploaded).</summary>
    public void Update(IImageUploader uploader, long uploadBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (uploader is IRenderBackend backend && (backend.Width != _frameWidth || backend.Height != _frameHeight))
        {
            FrameResized(backend.Width, backend.Height);
        }
        // Decodes finish in any order; taken in the order they were asked for, the images that arrived by a frame are
        // uploaded (and placed in texture pages) the same way every run.
        while (_decoded.TryDequeue(out var done))
        {
            _arrived.Add(done);
        }
        if (_arrived.Count > 1)
        {
            _arrived.Sort(static (a, b) => a.Entry.Id.CompareTo(b.Entry.Id));
        }
        foreach (Decoded done in _arrived)
        {
            Arrived(done);
        }
        _arrived.Clear();

        long used = 0;
        while (_awaitingUpload.TryPeek(out Entry? e))
        {
            if (e.Evicted)
            {
                _awaitingUpload.Dequeue();
                continue;
            }
            SKBitmap bmp = e.Decoded!;
            long bytes = (long)bmp.Width * bmp.Height * 4;
            if (used > 0 && used + bytes > uploadBudgetBytes) break;
            _awaitingUpload.Dequeue();
            e.Queued = false;
            uploader.UploadImage(new ImageHandle(e.Id), bmp.Width, bmp.Height, bmp.GetPixelSpan());
            (e.TextureWidth, e.TextureHeight) = (bmp.Width, bmp.Height);
            bmp.Dispose();
            e.Decoded = null;
            // A texture made again (for a larger frame) replaces the one it had.
            TextureBytes += bytes - e.Bytes;
            e.Bytes = bytes;
            e.State = ImageState.Ready;
            used += bytes;
            Version++;
        }

        // Only uploaded images free memory; loading and failed ones stay (a failure is then logged only once).
        for (LinkedListNode<Entry>? node = _lru.First; node is not null && TextureBytes > _options.TextureByteBudget;)
        {
            LinkedListNode<Entry>? next = node.Next;
            Entry e = node.Value;
            if (e.State == ImageState.Ready)
            {
                _lru.Remove(node);
                e.Unreferenced = null;
                e.Evicted = true;
                e.Decoded?.Dispose();
                e.Decoded = null;
                _bySrc.Remove(e.Src);
                _byId.Remove(e.Id);
                uploader.DeleteImage(new ImageHandle(e.Id));
                TextureBytes -= e.Bytes;
                Evictions++;
                if (_evicted.Count == EvictedKept) _evicted.Dequeue();
                _evicted.Enqueue(new EvictedImage(e.Src, e.Width, e.Height, e.Bytes, Evictions));
                Version++;
            }
            node = next;
        }
    }

    /// <summary>Frees decoded pixels still waiting for upload; textures belong to the backend.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        while (_decoded.TryDequeue(out Decoded d)) d.Bitmap?.Dispose();
        foreach (Entry e in _awaitingUpload) e.Decoded?.Dispose();
        _awaitingUpload.Clear();
    }

    /// <summary>The texture size of an image of <paramref name="width"/>×<paramref name="height"/> drawn into a frame of
    /// <paramref name="frameWidth"/>×<paramref name="frameHeight"/>: the least that covers the frame in proportion, when
    /// that is under <see cref="ShrinkBelow"/> of the image; else (or with no frame known) the image's own size.</summary>
    internal static (int Width, int Height) FitSize(int width, int height, int frameWidth, int frameHeight)
    {
        if (frameWidth <= 0 || frameHeight <= 0) return (width, height);
        double scale = Math.Max((double)frameWidth / width, (double)frameHeight / height);
        if (scale >= ShrinkBelow) return (width, height);
        // Less a rounding error: 1920 at 1280/1920 is 1280, not 1281.
        return (Math.Max(1, (int)Math.Ceiling(width * scale - 1e-6)), Math.Max(1, (int)Math.Ceiling(height * scale - 1e-6)));
    }

    // A decode or a shrink finished: failed, pixels to upload, or pixels for another frame size (shrunk again, or decoded
    // again when shrunk for a smaller frame than now).
    private void Arrived(Decoded done)
    {
        Entry e = done.Entry;
        if (e.Evicted)
        {
            done.Bitmap?.Dispose();
            return;
        }
        if (done.Bitmap is not { } bmp)
        {
            // An image decoded again keeps the texture it has.
            if (e.State != ImageState.Ready) Fail(e, done.Error);
            return;
        }
        (e.Width, e.Height) = (done.SourceWidth, done.SourceHeight);
        (int w, int h) = FitSize(e.Width, e.Height, _frameWidth, _frameHeight);
        if (bmp.Width > w || bmp.Height > h)
        {
            StartShrink(e, bmp, w, h);
            return;
        }
        if (bmp.Width < w || bmp.Height < h)
        {
            bmp.Dispose();
            if (TryResolve(e.Src, out string? path, out _)) StartDecode(e, path);
            return;
        }
        e.Decoded?.Dispose();
        e.Decoded = bmp;
        if (!e.Queued)
        {
            e.Queued = true;
            _awaitingUpload.Enqueue(e);
        }
        Version++;
    }

    // Images shrunk for a smaller frame are decoded again at the size this one needs (their texture stays until then).
    private void FrameResized(int width, int height)
    {
        _frameWidth = width;
        _frameHeight = height;
        foreach (Entry e in _byId.Values)
        {
            if (e.State != ImageState.Ready || e.TextureWidth >= e.Width) continue;
            (int w, _) = FitSize(e.Width, e.Height, width, height);
            if (w > e.TextureWidth && TryResolve(e.Src, out string? path, out _)) StartDecode(e, path);
        }
    }

    private void StartShrink(Entry e, SKBitmap source, int width, int height)
    {
        Interlocked.Increment(ref _decoding);
        (int sw, int sh) = (e.Width, e.Height);
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            try
            {
                _decoded.Enqueue(new Decoded(e, ImageDecoder.Shrink(source, width, height), sw, sh, null));
            }
            catch (Exception ex) when (ex is InvalidDataException or OutOfMemoryException)
            {
                _decoded.Enqueue(new Decoded(e, null, 0, 0, ex.Message));
            }
            finally
            {
                source.Dispose();
                WorkDone();
            }
        }, null);
    }

    private void WorkDone()
    {
        if (Interlocked.Decrement(ref _decoding) == 0)
        {
            lock (_decodeGate)
            {
                Monitor.PulseAll(_decodeGate);
            }
        }
    }

    private Entry Get(ImageHandle h, string op)
    {
        if (_byId.TryGetValue(h.Id, out Entry? e)) return e;
        return ThrowUnknown(h, op);
    }

    [DoesNotReturn]
    private static Entry ThrowUnknown(ImageHandle h, string op) =>
        throw new ArgumentException($"ResourceSystem.{op}: {h} was never acquired here, or was evicted after its last release.", nameof(h));

    private bool TryResolve(string src, [NotNullWhen(true)] out string? path, [NotNullWhen(false)] out string? error)
    {
        path = null;
        if (ImageDecoder.IsDataUrl(src))
        {
            path = src;
            error = null;
            return true;
        }
        string relative = src;
        if (src.StartsWith(AssetScheme, StringComparison.OrdinalIgnoreCase)) relative = src[AssetScheme.Length..];
        else if (src.Contains("://", StringComparison.Ordinal))
        {
            error = "only files under the assets folder and asset:// URIs are served";
            return false;
        }
        relative = Uri.UnescapeDataString(relative).TrimStart('/');
        string full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            error = $"it resolves outside the assets folder '{_root}'";
            return false;
        }
        path = full;
        error = null;
        return true;
    }

    private void StartDecode(Entry e, string path)
    {
        Interlocked.Increment(ref _decoding);
        int maxSide = _options.MaxImageSide;
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            try
            {
                SKBitmap bitmap = ImageDecoder.Decode(path, maxSide);
                (int sw, int sh) = (bitmap.Width, bitmap.Height);
                // Shrunk here when the frame is known; Update shrinks (again) what was decoded for another frame size.
                (int w, int h) = FitSize(sw, sh, _frameWidth, _frameHeight);
                if (w < sw || h < sh)
                {
                    SKBitmap shrunk = ImageDecoder.Shrink(bitmap, w, h);
                    bitmap.Dispose();
                    bitmap = shrunk;
                }
                _decoded.Enqueue(new Decoded(e, bitmap, sw, sh, null));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or OutOfMemoryException or ArgumentException)
            {
                _decoded.Enqueue(new Decoded(e, null, 0, 0, ex.Message));
            }
            finally
            {
                WorkDone();
            }
        }, null);
    }

    private void Fail(Entry e, string? reason)
    {
        e.State = ImageState.Failed;
        Version++;
        _log.Warning("Image {Src} failed to load: {Reason}; drawing the placeholder", e.Src, reason ?? "unknown reason");
    }
}
