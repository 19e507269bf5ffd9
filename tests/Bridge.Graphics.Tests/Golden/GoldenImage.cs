using SkiaSharp;

namespace Bridge.Graphics.Tests;

/// <summary>Compares rendered frames with committed PNGs under golden/, or rewrites them when BRIDGE_UPDATE_GOLDENS=1.</summary>
internal static class GoldenImage
{
    /// <summary>Largest difference allowed in any channel of any pixel.</summary>
    internal const int Tolerance = 6;

    internal static string Dir => Path.Combine(TestEnvironment.ProjectDir, "golden");

    internal static bool Updating => Environment.GetEnvironmentVariable("BRIDGE_UPDATE_GOLDENS") == "1";

    /// <summary>Asserts that premultiplied RGBA pixels match golden/NAME.png within <see cref="Tolerance"/>.</summary>
    internal static void AssertMatches(string name, byte[] rgba, int w, int h)
    {
        string path = Path.Combine(Dir, name + ".png");
        if (Updating)
        {
            Screenshot.SavePng(rgba, w, h, path);
            return;
        }
        Assert.True(File.Exists(path),
            $"Golden image {path} is missing: review the frame and create it with BRIDGE_UPDATE_GOLDENS=1 dotnet test tests/Bridge.Graphics.Tests");
        using SKBitmap expected = Load(path);
        Assert.True(expected.Width == w && expected.Height == h,
            $"Golden {name}: expected {expected.Width}x{expected.Height}, rendered {w}x{h}.");
        ReadOnlySpan<byte> exp = expected.GetPixelSpan();
        int worst = 0, bad = 0, firstX = -1, firstY = -1;
        for (int i = 0; i < w * h * 4; i++)
        {
            int d = Math.Abs(exp[i] - rgba[i]);
            if (d <= Tolerance) continue;
            if (bad++ == 0)
            {
                firstX = i / 4 % w;
                firstY = i / 4 / w;
            }
            worst = Math.Max(worst, d);
        }
        if (bad == 0) return;
        string actualPath = Path.Combine(AppContext.BaseDirectory, "golden-failures", name + ".actual.png");
        Screenshot.SavePng(rgba, w, h, actualPath);
        Assert.Fail($"Golden {name}: {bad} channel values differ by more than {Tolerance} (worst {worst}); first at pixel ({firstX},{firstY}). " +
                    $"Rendered frame written to {actualPath}.");
    }

    private static SKBitmap Load(string path)
    {
        using SKCodec codec = SKCodec.Create(path) ?? throw new InvalidDataException($"Golden {path} is not a PNG.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bmp = new SKBitmap(info);
        codec.GetPixels(info, bmp.GetPixels());
        return bmp;
    }
}
