using System.Numerics;

namespace Bridge.Migration;

/// <summary>The result of comparing two screenshots.</summary>
/// <param name="Width">Width of both images.</param>
/// <param name="Height">Height of both images.</param>
/// <param name="DifferingPixels">Pixels whose largest channel difference exceeds the tolerance.</param>
/// <param name="Tolerance">The channel tolerance used (0-255).</param>
/// <param name="MaxChannelDifference">The largest channel difference seen anywhere.</param>
public sealed record PixelDiffResult(int Width, int Height, long DifferingPixels, int Tolerance, int MaxChannelDifference)
{
    /// <summary>The share of pixels over the tolerance, 0 to 1.</summary>
    public double Share => (double)DifferingPixels / ((long)Width * Height);
}

/// <summary>Compares two screenshots pixel by pixel.</summary>
public static class PixelDiff
{
    /// <summary>Compares two PNG files.</summary>
    /// <exception cref="InvalidDataException">A file cannot be decoded, or the sizes differ (both sizes named).</exception>
    public static PixelDiffResult Compare(string nativePng, string legacyPng, int tolerance = 8) =>
        Compare(RgbaImage.LoadPng(nativePng), RgbaImage.LoadPng(legacyPng), tolerance, nativePng, legacyPng);

    /// <summary>Compares two images: a pixel differs when any channel differs by more than <paramref name="tolerance"/>.</summary>
    /// <exception cref="InvalidDataException">The sizes differ.</exception>
    public static PixelDiffResult Compare(RgbaImage native, RgbaImage legacy, int tolerance = 8, string nativeName = "native",
        string legacyName = "legacy")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tolerance, 255);
        if (native.Width != legacy.Width || native.Height != legacy.Height)
        {
            throw new InvalidDataException(
                $"cannot compare screenshots of different sizes: {nativeName} is {native.Width}x{native.Height}, {legacyName} is {legacy.Width}x{legacy.Height}");
        }
        var (differing, max) = Count(native.Pixels, legacy.Pixels, tolerance);
        return new PixelDiffResult(native.Width, native.Height, differing, tolerance, max);
    }

    private static (long Differing, int Max) Count(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int tolerance)
    {
        // Vector<byte>.Count is a multiple of 4, so every vector holds whole pixels.
        var tol = new Vector<byte>((byte)tolerance);
        var maxDiff = Vector<byte>.Zero;
        var counts = Vector<uint>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            var va = new Vector<byte>(a[i..]);
            var vb = new Vector<byte>(b[i..]);
            var diff = Vector.Max(va, vb) - Vector.Min(va, vb);
            maxDiff = Vector.Max(maxDiff, diff);
            // A pixel's uint lane is non-zero when any of its four channel bytes is over the tolerance.
            var over = Vector.AsVectorUInt32(Vector.GreaterThan(diff, tol));
            counts -= Vector.AsVectorUInt32(Vector.GreaterThan(over, Vector<uint>.Zero));
        }
        long differing = 0;
        for (var lane = 0; lane < Vector<uint>.Count; lane++)
        {
            differing += counts[lane];
        }
        var max = 0;
        for (var lane = 0; lane < Vector<byte>.Count; lane++)
        {
            max = Math.Max(max, maxDiff[lane]);
        }
        for (; i < a.Length; i += 4)
        {
            var d = Math.Max(Math.Max(Math.Abs(a[i] - b[i]), Math.Abs(a[i + 1] - b[i + 1])),
                Math.Max(Math.Abs(a[i + 2] - b[i + 2]), Math.Abs(a[i + 3] - b[i + 3])));
            if (d > tolerance)
            {
                differing++;
            }
            max = Math.Max(max, d);
        }
        return (differing, max);
    }
}
