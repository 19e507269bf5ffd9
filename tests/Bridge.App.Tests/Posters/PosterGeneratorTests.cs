using Bridge.App.Content;
using Bridge.App.Posters;
using SkiaSharp;

namespace Bridge.App.Tests.Posters;

public sealed class PosterGeneratorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bridge-posters-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Generates_decodable_art_of_its_1080p_size_for_every_poster_backdrop_and_hero()
    {
        var titles = Catalog.Generate(heroCount: 2).Titles.Take(6).ToList();
        var result = new PosterGenerator(_root).EnsureAll(titles);

        Assert.Equal(2 * titles.Count + 2, result.Written);
        Assert.Equal(0, result.Skipped);
        foreach (var t in titles)
        {
            AssertPng(AssetPaths.Resolve(t.Poster, _root), 351, 194);
            AssertImage(AssetPaths.Resolve(t.Backdrop, _root), SKEncodedImageFormat.Jpeg, 1920, 1080);
            if (t.Hero is not null)
            {
                AssertPng(AssetPaths.Resolve(t.Hero, _root), 1920, 600);
            }
        }
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "posters"), "*.tmp"));
    }

    [Fact]
    public void Second_run_writes_nothing_and_leaves_files_untouched()
    {
        var titles = Catalog.Generate(heroCount: 1).Titles.Take(4).ToList();
        var generator = new PosterGenerator(_root);
        generator.EnsureAll(titles);
        var path = AssetPaths.Resolve(titles[0].Poster, _root);
        var before = File.GetLastWriteTimeUtc(path);

        var second = generator.EnsureAll(titles);

        Assert.Equal(0, second.Written);
        Assert.Equal(2 * titles.Count + 1, second.Skipped);
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Missing_poster_is_regenerated()
    {
        var titles = Catalog.Generate(heroCount: 0).Titles.Take(4).ToList();
        var generator = new PosterGenerator(_root);
        generator.EnsureAll(titles);
        var path = AssetPaths.Resolve(titles[2].Poster, _root);
        File.Delete(path);

        var again = generator.EnsureAll(titles);

        Assert.Equal(1, again.Written);
        AssertPng(path, 351, 194);
    }

    [Fact]
    public void Posters_from_an_older_drawing_are_redrawn()
    {
        var titles = Catalog.Generate(heroCount: 0).Titles.Take(2).ToList();
        var generator = new PosterGenerator(_root);
        generator.EnsureAll(titles);
        File.WriteAllText(Path.Combine(_root, "posters", ".version"), "poster-art-0");

        var again = generator.EnsureAll(titles);

        Assert.Equal(4, again.Written);
        Assert.Equal(0, again.Skipped);
    }

    [Fact]
    public void Rendering_is_deterministic_and_differs_between_titles()
    {
        var catalog = Catalog.Generate();
        var a = PosterGenerator.Render(catalog.Titles[0], PosterKind.Tile);
        var b = PosterGenerator.Render(catalog.Titles[0], PosterKind.Tile);
        var c = PosterGenerator.Render(catalog.Titles[1], PosterKind.Tile);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Poster_is_not_a_flat_colour()
    {
        var png = PosterGenerator.Render(Catalog.Generate().Titles[2], PosterKind.Tile);
        using var bitmap = SKBitmap.Decode(png);
        var colours = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 9)
        {
            for (var x = 0; x < bitmap.Width; x += 9)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }
        Assert.True(colours.Count > 50, $"only {colours.Count} distinct colours sampled");
    }

    [Fact]
    public void Asset_address_outside_the_cache_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => AssetPaths.Resolve("asset://../secrets.txt", _root));
        Assert.Throws<ArgumentException>(() => AssetPaths.Resolve("https://example.com/x.png", _root));
        Assert.Equal(Path.Combine(Path.GetFullPath(_root), "posters", "t001.png"), AssetPaths.Resolve("asset://posters/t001.png", _root));
    }

    private static void AssertPng(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{path} lacks the PNG signature");
        AssertImage(path, SKEncodedImageFormat.Png, width, height);
    }

    private static void AssertImage(string path, SKEncodedImageFormat format, int width, int height)
    {
        using var codec = SKCodec.Create(path);
        Assert.NotNull(codec);
        Assert.Equal(format, codec.EncodedFormat);
        using var bitmap = SKBitmap.Decode(codec);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }

    [Fact]
    public void Art_carries_no_text_so_pages_never_show_a_title_twice()
    {
        // A title baked into the picture would add a band of near-white glyph pixels: the scene itself never goes that light.
        var title = Catalog.Generate().Titles[0];
        foreach (var kind in new[] { PosterKind.Tile, PosterKind.Hero })
        {
            using var bitmap = SKBitmap.Decode(PosterGenerator.Render(title, kind));
            var white = 0;
            for (var y = 0; y < bitmap.Height; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var c = bitmap.GetPixel(x, y);
                    if (c.Red > 235 && c.Green > 235 && c.Blue > 235)
                    {
                        white++;
                    }
                }
            }
            Assert.True(white == 0, $"{kind}: {white} near-white pixels");
        }
    }
}
