using System.Buffers;
using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Encodes frames read back from a backend as PNG files, off the frame's critical path.</summary>
public static class Screenshot
{
    /// <summary>Copies the pixels (premultiplied RGBA8, top row first) and encodes them to a PNG file on the thread pool.</summary>
    /// <remarks>The caller may reuse its buffer as soon as this method returns: the pixels are copied first.</remarks>
    public static Task SavePngAsync(ReadOnlyMemory<byte> rgba, int w, int h, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(w, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(h, 1);
        int bytes = w * h * 4;
        if (rgba.Length < bytes)
            throw new ArgumentException($"Screenshot '{path}': {rgba.Length} bytes given, a {w}x{h} frame needs {bytes}.", nameof(rgba));
        byte[] copy = ArrayPool<byte>.Shared.Rent(bytes);
        rgba.Span[..bytes].CopyTo(copy);
        return Task.Run(() =>
        {
            try
            {
                WritePng(copy, w, h, path);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        });
    }

    /// <summary>Encodes pixels (premultiplied RGBA8, top row first) to a PNG file on the calling thread.</summary>
    public static void SavePng(ReadOnlySpan<byte> rgba, int w, int h, string path)
    {
        byte[] copy = rgba[..(w * h * 4)].ToArray();
        WritePng(copy, w, h, path);
    }

    /// <summary>Encodes pixels (premultiplied RGBA8, top row first) to PNG bytes on the calling thread.</summary>
    public static byte[] EncodePng(ReadOnlySpan<byte> rgba, int w, int h) => EncodeBytes(rgba, w, h, SKEncodedImageFormat.Png, 100);

    /// <summary>Encodes opaque pixels (RGBA8, top row first) to JPEG bytes of <paramref name="quality"/> (1 to 100) on the
    /// calling thread: several times faster than PNG on a software renderer's frames, for live previews.</summary>
    public static byte[] EncodeJpeg(ReadOnlySpan<byte> rgba, int w, int h, int quality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quality, 100);
        return EncodeBytes(rgba, w, h, SKEncodedImageFormat.Jpeg, quality);
    }

    private static byte[] EncodeBytes(ReadOnlySpan<byte> rgba, int w, int h, SKEncodedImageFormat format, int quality)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(w, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(h, 1);
        if (rgba.Length < w * h * 4)
            throw new ArgumentException($"Encode{format}: {rgba.Length} bytes given, a {w}x{h} frame needs {w * h * 4}.", nameof(rgba));
        using SKData data = Encode(rgba, w, h, $"a {w}x{h} frame", format, quality);
        return data.ToArray();
    }

    private static void WritePng(byte[] pixels, int w, int h, string path)
    {
        using SKData data = Encode(pixels, w, h, $"Screenshot '{path}'");
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using FileStream file = File.Create(path);
        data.SaveTo(file);
    }

    private static unsafe SKData Encode(ReadOnlySpan<byte> pixels, int w, int h, string what,
        SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 100)
    {
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul);
        fixed (byte* p = pixels)
        {
            // SAFETY: pixels is pinned for the lifetime of the pixmap, and holds at least w*h*4 bytes (checked by the callers).
            using var pixmap = new SKPixmap(info, (nint)p, w * 4);
            return pixmap.Encode(format, quality)
                ?? throw new InvalidOperationException($"{what}: SkiaSharp could not encode a {w}x{h} {format}.");
        }
    }
}
