namespace Bridge.Migration.Tests.Imaging;

public sealed class PixelDiffTests
{
    private static RgbaImage Solid(int w, int h, byte r, byte g, byte b)
    {
        var pixels = new byte[w * h * 4];
        for (var i = 0; i < pixels.Length; i += 4)
        {
            (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]) = (r, g, b, 255);
        }
        return new RgbaImage(w, h, pixels);
    }

    [Fact]
    public void Png_files_round_trip_through_SkiaSharp_exactly()
    {
        using var dir = new TempDir();
        var image = Solid(16, 9, 16, 20, 24);
        image.Pixels[4 * 17] = 250; // one odd pixel on the second row
        image.SavePng(dir.Combine("a.png"));

        var loaded = RgbaImage.LoadPng(dir.Combine("a.png"));

        Assert.Equal((16, 9), (loaded.Width, loaded.Height));
        Assert.Equal(image.Pixels, loaded.Pixels);
    }

    [Fact]
    public void Share_counts_pixels_whose_largest_channel_difference_exceeds_the_tolerance()
    {
        using var dir = new TempDir();
        var native = Solid(10, 10, 100, 100, 100);
        var legacy = Solid(10, 10, 100, 100, 100);
        for (var p = 0; p < 5; p++)
        {
            legacy.Pixels[p * 4 + 2] = 120; // 5 pixels off by 20 in blue
        }
        legacy.Pixels[50 * 4] = 104; // 1 pixel off by 4, within tolerance
        native.SavePng(dir.Combine("n.png"));
        legacy.SavePng(dir.Combine("l.png"));

        var result = PixelDiff.Compare(dir.Combine("n.png"), dir.Combine("l.png"), tolerance: 8);

        Assert.Equal(5, result.DifferingPixels);
        Assert.Equal(0.05, result.Share);
        Assert.Equal(20, result.MaxChannelDifference);
        Assert.Equal(6, PixelDiff.Compare(native, legacy, tolerance: 3).DifferingPixels);
    }

    [Fact]
    public void Size_mismatch_is_an_error_naming_both_sizes()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PixelDiff.Compare(Solid(1280, 720, 0, 0, 0), Solid(1920, 1080, 0, 0, 0)));
        Assert.Equal("cannot compare screenshots of different sizes: native is 1280x720, legacy is 1920x1080", ex.Message);
    }

    [Fact]
    public void File_that_is_not_an_image_is_a_clear_error()
    {
        using var dir = new TempDir();
        var path = dir.File("x.png", "not a png");
        Assert.Contains("not a PNG", Assert.Throws<InvalidDataException>(() => RgbaImage.LoadPng(path)).Message);
        Assert.Throws<ArgumentException>(() => new RgbaImage(2, 2, new byte[3]));
    }
}

public sealed class PixelDiffVectorTests
{
    [Theory]
    [InlineData(97, 61, 0)]
    [InlineData(97, 61, 8)]
    [InlineData(5, 3, 0)]
    public void Vectorized_count_agrees_with_a_pixel_by_pixel_count(int w, int h, int tolerance)
    {
        var random = new Random(w * 1000 + tolerance);
        var a = new byte[w * h * 4];
        random.NextBytes(a);
        var b = (byte[])a.Clone();
        for (var i = 0; i < b.Length; i++)
        {
            if (random.Next(5) == 0)
            {
                b[i] = (byte)Math.Clamp(b[i] + random.Next(-40, 41), 0, 255);
            }
        }
        long expected = 0;
        var expectedMax = 0;
        for (var p = 0; p < a.Length; p += 4)
        {
            var d = 0;
            for (var c = 0; c < 4; c++)
            {
                d = Math.Max(d, Math.Abs(a[p + c] - b[p + c]));
            }
            expected += d > tolerance ? 1 : 0;
            expectedMax = Math.Max(expectedMax, d);
        }

        var result = PixelDiff.Compare(new RgbaImage(w, h, a), new RgbaImage(w, h, b), tolerance);

        Assert.Equal(expected, result.DifferingPixels);
        Assert.Equal(expectedMax, result.MaxChannelDifference);
        Assert.NotEqual(0, expected);
    }
}
