using SkiaSharp;

namespace Bridge.Migration;

/// <summary>An 8-bit RGBA image, rows top first, not premultiplied: what a screenshot reads back and a PNG holds.</summary>
public sealed class RgbaImage
{
    /// <summary>Wraps pixels; <paramref name="pixels"/> must hold exactly width × height × 4 bytes.</summary>
    public RgbaImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height * 4)
        {
            throw new ArgumentException($"a {width}x{height} RGBA image needs {(long)width * height * 4} bytes, got {pixels.Length}", nameof(pixels));
        }
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>RGBA bytes, row after row.</summary>
    public byte[] Pixels { get; }

    /// <summary>Decodes a PNG file.</summary>
    /// <exception cref="InvalidDataException">The file is missing or is not an image SkiaSharp can decode.</exception>
    public static RgbaImage LoadPng(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: image file not found");
        }
        using var data = SKData.Create(path) ?? throw new InvalidDataException($"{path}: cannot be read");
        return Decode(data, path);
    }

    /// <summary>Decodes PNG bytes; <paramref name="source"/> names them in errors.</summary>
    public static RgbaImage DecodePng(byte[] png, string source)
    {
        using var data = SKData.CreateCopy(png);
        return Decode(data, source);
    }

    /// <summary>Encodes the image as PNG bytes.</summary>
    public byte[] EncodePng()
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap();
        unsafe
        {
            fixed (byte* p = Pixels)
            {
                // SAFETY: the bitmap only borrows the pinned pixels while the image is encoded inside this block.
                if (!bitmap.InstallPixels(info, (nint)p, Width * 4))
                {
                    throw new InvalidOperationException($"SkiaSharp refused a {Width}x{Height} RGBA buffer");
                }
                using var image = SKImage.FromBitmap(bitmap);
                using var encoded = image.Encode(SKEncodedImageFormat.Png, 100)
                    ?? throw new InvalidOperationException($"SkiaSharp could not encode a {Width}x{Height} PNG");
                return encoded.ToArray();
            }
        }
    }

    /// <summary>Writes the image as a PNG file.</summary>
    public void SavePng(string path) => File.WriteAllBytes(path, EncodePng());

    private static RgbaImage Decode(SKData data, string source)
    {
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException($"{source}: not a PNG or other decodable image");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[info.BytesSize];
        unsafe
        {
            fixed (byte* p = pixels)
            {
                // SAFETY: the buffer is pinned and exactly width × height × 4 bytes with a row stride of width × 4.
                var result = codec.GetPixels(info, (nint)p);
                if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
                {
                    throw new InvalidDataException($"{source}: image decoding failed ({result})");
                }
            }
        }
        return new RgbaImage(info.Width, info.Height, pixels);
    }
}
