using SkiaSharp;

namespace Bridge.Graphics.Tests.Backends;

public sealed class ScreenshotTests
{
    private const int W = 16, H = 8;

    [Fact]
    public void Png_bytes_decode_to_the_same_pixels()
    {
        var rgba = Frame();
        using var bitmap = SKBitmap.Decode(Screenshot.EncodePng(rgba, W, H));
        Assert.Equal((W, H), (bitmap.Width, bitmap.Height));
        Assert.Equal(new SKColor(200, 30, 40), bitmap.GetPixel(2, 2));
        Assert.Equal(new SKColor(10, 120, 250), bitmap.GetPixel(W - 2, H - 2));
    }

    [Fact]
    public void Jpeg_bytes_decode_to_nearly_the_same_pixels()
    {
        var bytes = Screenshot.EncodeJpeg(Frame(), W, H, 90);
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal((W, H), (bitmap.Width, bitmap.Height));
        var left = bitmap.GetPixel(2, 2);
        Assert.InRange(left.Red, 180, 220);
        Assert.InRange(left.Blue, 20, 60);
    }

    [Fact]
    public void Too_few_bytes_or_a_bad_quality_are_refused_by_name()
    {
        Assert.Contains("a 16x8 frame needs 512", Assert.Throws<ArgumentException>(() => Screenshot.EncodeJpeg(new byte[10], W, H, 90)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Screenshot.EncodeJpeg(Frame(), W, H, 0));
    }

    // Left half red, right half blue, opaque.
    private static byte[] Frame()
    {
        var rgba = new byte[W * H * 4];
        for (var y = 0; y < H; y++)
        {
            for (var x = 0; x < W; x++)
            {
                var i = (y * W + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = x < W / 2 ? ((byte)200, (byte)30, (byte)40, (byte)255) : ((byte)10, (byte)120, (byte)250, (byte)255);
            }
        }
        return rgba;
    }
}
