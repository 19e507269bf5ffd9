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
