using System.Text.Json;
using Bridge.Migration;
using SkiaSharp;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>A manifest's design size is laid out once and drawn scaled to the output: the same native and legacy pages at
/// 1280x720 and 1920x1080 lay out the same and fill the frame.</summary>
public sealed class ResolutionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-tenfoot-").FullName;

    [Fact]
    public void A_1280x720_design_lays_out_the_same_at_1080p_and_fills_the_frame_on_both_paths()
    {
        var manifest = Write("manifest.json", """
            {"start": "home", "design": [1280, 720], "engine": "v8", "bundles": [BUNDLE],
             "pages": {"home": {"native": "Home", "legacy": "home", "live": "native"},
                       "search": {"legacy": "search", "live": "legacy"}}}
            """.Replace("BUNDLE", JsonSerializer.Serialize(BridgeProcess.DemoBundle), StringComparison.Ordinal));
        var script = Write("script.json", """
            {"steps": [{"navigate": "home"}, {"idle": true}, {"screenshot": "home"}, {"dump": "home"},
              {"navigate": "search"}, {"idle": true}, {"screenshot": "search"}, {"dump": "search"}]}
            """);

        var small = Run(manifest, script, "1280x720");
        var large = Run(manifest, script, "1920x1080");

        foreach (var page in new[] { "home", "search" })
        {
            // Layout is in design units: the dumps are the same bytes at both sizes.
            Assert.Equal(File.ReadAllText(Path.Combine(small, page + ".tree.json")), File.ReadAllText(Path.Combine(large, page + ".tree.json")));
            var at720 = RgbaImage.LoadPng(Path.Combine(small, page + ".png"));
            var at1080 = RgbaImage.LoadPng(Path.Combine(large, page + ".png"));
            Assert.Equal((1920, 1080), (at1080.Width, at1080.Height));
            TestArtifacts.Keep(Path.Combine(large, page + ".png"), $"tenfoot-{page}-1080.png");

            // Scaled down to 720p, the 1080p frame is the 720p frame but for antialiasing at edges and glyphs rasterized
            // at their own size; a 1280x720 picture in the 1080p frame's corner would differ over more than half of it.
            var diff = PixelDiff.Compare(Downscale(at1080, 1280, 720), at720, tolerance: 48);
            Assert.True(diff.Share < 0.03, $"{page}: {diff.Share:P2} of the downscaled 1080p frame differs from the 720p frame");
            // The bottom half of the 1080p frame is drawn like that of the 720p one.
            var (busy720, busy1080) = (Busy(at720, 0, 360), Busy(at1080, 0, 540));
            Assert.True(busy720 > 0.1 && Math.Abs(busy720 - busy1080) < 0.05,
                $"{page}: {busy720:P1} of the 720p frame's bottom half is drawn, {busy1080:P1} of the 1080p one's");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Run(string manifest, string script, string size)
    {
        var outDir = Path.Combine(_dir, size);
        var (code, output) = BridgeProcess.Run("run", "--manifest", manifest, "--script", script, "--out", outDir,
            "--size", size, "--backend", "gles", "--pace", "unpaced");
        Assert.True(code == 0, output);
        return outDir;
    }

    /// <summary>The share of pixels right of and below a point that are not the app's clear colour (#0f1115).</summary>
    private static double Busy(RgbaImage image, int fromX, int fromY)
    {
        var p = image.Pixels;
        long busy = 0, all = 0;
        for (var y = fromY; y < image.Height; y++)
        {
            for (var x = fromX; x < image.Width; x++, all++)
            {
                var i = (y * image.Width + x) * 4;
                if (Math.Abs(p[i] - 0x0f) + Math.Abs(p[i + 1] - 0x11) + Math.Abs(p[i + 2] - 0x15) > 12) busy++;
            }
        }
        return (double)busy / all;
    }

    private static RgbaImage Downscale(RgbaImage image, int width, int height)
    {
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var source = new SKBitmap(info);
        System.Runtime.InteropServices.Marshal.Copy(image.Pixels, 0, source.GetPixels(), image.Pixels.Length);
        using var scaled = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        return new RgbaImage(width, height, scaled.Bytes);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
