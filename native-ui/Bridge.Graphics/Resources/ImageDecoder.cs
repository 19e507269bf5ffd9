using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Decodes images (PNG, JPEG, WebP, GIF, BMP) from files or base64 data URLs into premultiplied RGBA8 bitmaps with SkiaSharp.</summary>
internal static class ImageDecoder
{
    private const string DataScheme = "data:";

    /// <summary>True for a <c>data:</c> URL source (decoded from the source itself, no file involved).</summary>
    internal static bool IsDataUrl(string src) => src.StartsWith(DataScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Decodes a file or a data URL, or throws an exception whose message says why it cannot be used.</summary>
    internal static SKBitmap Decode(string path, int maxSide)
    {
        if (IsDataUrl(path)) return DecodeDataUrl(path, maxSide);
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file '{path}'", path);
        using SKCodec? codec = SKCodec.Create(path, out SKCodecResult result);
        if (codec is null) throw new InvalidDataException($"'{path}' is not a decodable image ({result})");
        return FromCodec(codec, $"'{path}'", maxSide);
    }

    // data:image/png;base64,... (what a bundler inlines for require('./poster.png')).
    private static SKBitmap DecodeDataUrl(string url, int maxSide)
    {
        int comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !url.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException("a data URL image must be base64-encoded (data:image/...;base64,...)");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(url[(comma + 1)..]);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"a data URL image is not valid base64: {e.Message}", e);
        }
        using SKData data = SKData.CreateCopy(bytes);
        using SKCodec? codec = SKCodec.Create(data);
        if (codec is null) throw new InvalidDataException($"a data URL of {bytes.Length} bytes is not a decodable image");
        return FromCodec(codec, "a data URL image", maxSide);
    }

    /// <summary>A copy of premultiplied RGBA8 <paramref name="source"/> at <paramref name="width"/>×<paramref name="height"/>
    /// (smaller): halved with 2×2 averages while still twice the size or more, then a Mitchell cubic, so that every source
    /// pixel counts (a bilinear draw of the large image would skip some and shimmer).</summary>
    internal static SKBitmap Shrink(SKBitmap source, int width, int height)
    {
        SKBitmap current = source;
        try
        {
            while (current.Width >= 2 * width && current.Height >= 2 * height)
            {
                // Bilinear at exactly half the size samples between 4 pixels: their average.
                SKBitmap half = Resized(current, current.Width / 2, current.Height / 2, new SKSamplingOptions(SKFilterMode.Linear));
                if (!ReferenceEquals(current, source)) current.Dispose();
                current = half;
            }
            SKBitmap result = current.Width == width && current.Height == height
                ? current
                : Resized(current, width, height, new SKSamplingOptions(SKCubicResampler.Mitchell));
            if (!ReferenceEquals(current, source) && !ReferenceEquals(current, result)) current.Dispose();
            return result;
        }
        catch
        {
            if (!ReferenceEquals(current, source)) current.Dispose();
            throw;
        }
    }

    private static SKBitmap Resized(SKBitmap source, int width, int height, SKSamplingOptions sampling) =>
        source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), sampling)
        ?? throw new InvalidDataException($"an image of {source.Width}x{source.Height} could not be scaled to {width}x{height}");

    private static SKBitmap FromCodec(SKCodec codec, string name, int maxSide)
    {
        SKImageInfo src = codec.Info;
        if (src.Width <= 0 || src.Height <= 0 || src.Width > maxSide || src.Height > maxSide)
            throw new InvalidDataException($"{name} is {src.Width}x{src.Height}; images must be 1..{maxSide} pixels a side");
        var info = new SKImageInfo(src.Width, src.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        SKCodecResult r = codec.GetPixels(info, bitmap.GetPixels());
        if (r is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"{name} failed to decode ({r})");
        }
        return bitmap;
    }
}
