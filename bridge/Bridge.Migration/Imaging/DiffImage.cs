namespace Bridge.Migration;

/// <summary>Draws where two screenshots differ: the legacy picture greyed and dimmed, differing pixels in magenta.</summary>
/// <remarks>Each differing pixel also gets a lighter magenta halo of <see cref="Halo"/> pixels, so that a few stray
/// pixels still show when the image is scaled down beside the screenshots.</remarks>
public static class DiffImage
{
    /// <summary>The halo radius around each differing pixel, in pixels.</summary>
    public const int Halo = 3;

    /// <summary>Builds the diff image of two images of the same size; a pixel differs as <see cref="PixelDiff"/> counts it.</summary>
    /// <exception cref="InvalidDataException">The sizes differ.</exception>
    public static RgbaImage Create(RgbaImage native, RgbaImage legacy, int tolerance = PixelTolerance.DefaultChannel)
    {
        ArgumentNullException.ThrowIfNull(native);
        ArgumentNullException.ThrowIfNull(legacy);
        if (native.Width != legacy.Width || native.Height != legacy.Height)
        {
            throw new InvalidDataException(
                $"cannot diff screenshots of different sizes: native is {native.Width}x{native.Height}, legacy is {legacy.Width}x{legacy.Height}");
        }
        int width = native.Width, height = native.Height;
        var a = native.Pixels;
        var b = legacy.Pixels;
        var differs = new bool[width * height];
        var output = new byte[a.Length];
        for (var i = 0; i < differs.Length; i++)
        {
            var o = i * 4;
            var d = Math.Max(Math.Max(Math.Abs(a[o] - b[o]), Math.Abs(a[o + 1] - b[o + 1])),
                Math.Max(Math.Abs(a[o + 2] - b[o + 2]), Math.Abs(a[o + 3] - b[o + 3])));
            differs[i] = d > tolerance;
            // Rec. 601 luma of the legacy pixel, dimmed to a third so that the highlight stands out.
            var grey = (byte)((b[o] * 299 + b[o + 1] * 587 + b[o + 2] * 114) / 3000);
            output[o] = output[o + 1] = output[o + 2] = grey;
            output[o + 3] = 255;
        }
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (differs[y * width + x])
                {
                    Paint(output, width, height, x, y);
                }
            }
        }
        for (var i = 0; i < differs.Length; i++)
        {
            if (differs[i])
            {
                Set(output, i * 4, 255, 0, 255);
            }
        }
        return new RgbaImage(width, height, output);
    }

    private static void Paint(byte[] output, int width, int height, int cx, int cy)
    {
        for (var y = Math.Max(0, cy - Halo); y <= Math.Min(height - 1, cy + Halo); y++)
        {
            for (var x = Math.Max(0, cx - Halo); x <= Math.Min(width - 1, cx + Halo); x++)
            {
                Set(output, (y * width + x) * 4, 255, 150, 255);
            }
        }
    }

    private static void Set(byte[] pixels, int offset, byte r, byte g, byte b)
    {
        pixels[offset] = r;
        pixels[offset + 1] = g;
        pixels[offset + 2] = b;
    }
}
