using SkiaSharp;

namespace Bridge.Graphics;

/// <summary>Decodes image files (PNG, JPEG, WebP, GIF, BMP) into premultiplied RGBA8 bitmaps with SkiaSharp.</summary>
internal static class ImageDecoder
{
    /// <summary>Decodes a file, or throws an exception whose message says why it cannot be used.</summary>
    internal static SKBitmap Decode(string path, int maxSide)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file '{path}'", path);
        using SKCodec? codec = SKCodec.Create(path, out SKCodecResult result);
        if (codec is null) throw new InvalidDataException($"'{path}' is not a decodable image ({result})");
        SKImageInfo src = codec.Info;
        if (src.Width <= 0 || src.Height <= 0 || src.Width > maxSide || src.Height > maxSide)
            throw new InvalidDataException($"'{path}' is {src.Width}x{src.Height}; images must be 1..{maxSide} pixels a side");
        var info = new SKImageInfo(src.Width, src.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        SKCodecResult r = codec.GetPixels(info, bitmap.GetPixels());
        if (r is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"'{path}' failed to decode ({r})");
        }
        return bitmap;
    }
}
