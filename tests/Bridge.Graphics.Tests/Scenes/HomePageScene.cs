using SkiaSharp;

namespace Bridge.Graphics.Tests;

/// <summary>Sizes of a TV home page: rails of tiles, each tile an image with a title under it.</summary>
public sealed record HomePageSpec(int Width, int Height, int Rails, int Tiles, float TileW, float TileH, float Gap,
                                  float Padding, float TitleSize, float RailTitleSize, float Radius)
{
    /// <summary>The benchmark page at 1280x720: 8 rails x 20 tiles of 240x135 (about 500 draw items).</summary>
    public static HomePageSpec Tv720 => new(1280, 720, 8, 20, 240, 135, 16, 48, 20, 26, 8);

    /// <summary>The benchmark page at 1920x1080 (the 720p page scaled by 1.5).</summary>
    public static HomePageSpec Tv1080 => new(1920, 1080, 8, 20, 360, 202, 24, 72, 30, 39, 12);

    /// <summary>A small page for the golden image test.</summary>
    public static HomePageSpec Small => new(256, 160, 2, 5, 72, 40, 8, 12, 9, 11, 4);
}

/// <summary>Composes a home page straight into a <see cref="DrawList"/> the way the ECS would (tree order, clips around rails).</summary>
/// <remarks>Text layouts are made once; <see cref="Build"/> allocates nothing, like an unchanged frame in the engine.</remarks>
public sealed class HomePageScene
{
    private static readonly string[] s_titles =
    [
        "Café Society", "Amélie", "Les Misérables", "Crème brûlée", "Fjällbacka Murders", "Über Berlin",
        "Señorita Night", "The Long Journey Home", "Ørsted Files", "Zoë's Kitchen", "Mañana Stories", "Noël à Paris",
    ];

    private readonly HomePageSpec _s;
    private readonly TextLayout _header;
    private readonly TextLayout[] _railTitles;
    private readonly TextLayout[] _tileTitles;
    private readonly ImageHandle[] _images;
    private readonly float _titleH;

    /// <summary>Lays out every text of the page and keeps the image handles (tile i uses images[i % length]).</summary>
    public HomePageScene(HomePageSpec spec, TextSystem text, ImageHandle[] images)
    {
        _s = spec;
        _images = images;
        _header = text.Layout("Home — Recommandé pour vous", new TextStyle(null, spec.RailTitleSize * 1.2f, 700, TextAlign.Left, float.NaN, 1), spec.Width - 2 * spec.Padding);
        _railTitles = new TextLayout[spec.Rails];
        var railStyle = new TextStyle(null, spec.RailTitleSize, 700, TextAlign.Left, float.NaN, 1);
        for (int r = 0; r < spec.Rails; r++)
            _railTitles[r] = text.Layout($"Rail {r + 1}: à découvrir", railStyle, spec.Width - 2 * spec.Padding);
        var titleStyle = new TextStyle(null, spec.TitleSize, 400, TextAlign.Left, float.NaN, 1);
        _tileTitles = new TextLayout[spec.Rails * spec.Tiles];
        for (int i = 0; i < _tileTitles.Length; i++)
            _tileTitles[i] = text.Layout($"{s_titles[i % s_titles.Length]} {i + 1}", titleStyle, spec.TileW);
        _titleH = _tileTitles[0].Height;
    }

    /// <summary>The focused tile (drawn scaled up with a border).</summary>
    public (int Rail, int Tile) Focus { get; set; } = (0, 1);

    /// <summary>Clears the list and adds the whole page.</summary>
    public void Build(DrawList list)
    {
        HomePageSpec s = _s;
        list.Clear();
        list.AddRect(new RectF(0, 0, s.Width, s.Height), default, new Rgba(0x10, 0x14, 0x18, 255), 0, default, 1, Transform2D.Identity);
        float y = s.Padding / 2;
        list.AddText(new RectF(s.Padding, y, _header.Width, _header.Height), _header, Rgba.White, 1, Transform2D.Identity);
        y += _header.Height + s.Gap / 2;
        var radii = CornerRadii.All(s.Radius);
        for (int r = 0; r < s.Rails; r++)
        {
            TextLayout railTitle = _railTitles[r];
            list.AddText(new RectF(s.Padding, y, railTitle.Width, railTitle.Height), railTitle, new Rgba(0xE8, 0xEC, 0xF0, 255), 1, Transform2D.Identity);
            y += railTitle.Height + s.Gap / 4;
            float rowH = s.TileH + s.Gap / 2 + _titleH;
            // The rail clips horizontally (overflow: hidden) but leaves room for the focus scale to spill vertically.
            list.PushClip(new RectF(0, y - s.Gap / 2, s.Width, rowH + s.Gap), CornerRadii.Zero);
            for (int t = 0; t < s.Tiles; t++)
            {
                int i = r * s.Tiles + t;
                float x = s.Padding + t * (s.TileW + s.Gap);
                var tile = new RectF(x, y, s.TileW, s.TileH);
                bool focused = Focus == (r, t);
                Transform2D xf = focused ? Transform2D.Scale(1.06f, x + s.TileW / 2, y + s.TileH / 2) : Transform2D.Identity;
                list.AddRect(tile, radii, new Rgba(0x1F, 0x26, 0x30, 255), 0, default, 1, xf);
                list.AddImage(tile, radii, _images[i % _images.Length], focused ? 1f : 0.85f, xf);
                // The focus ring is a border-only rect drawn over the image.
                if (focused) list.AddRect(tile, radii, Rgba.Transparent, 3, Rgba.White, 1, xf);
                TextLayout title = _tileTitles[i];
                list.AddText(new RectF(x, y + s.TileH + s.Gap / 4, s.TileW, title.Height), title,
                             focused ? Rgba.White : new Rgba(0xB8, 0xC0, 0xCC, 255), 1, Transform2D.Identity);
            }
            list.PopClip();
            y += rowH + s.Gap;
        }
    }

    /// <summary>Writes <paramref name="count"/> distinct tile images (gradient, disc, stripe) as PNG files tile-N.png.</summary>
    public static void WriteTileAssets(string dir, int count, int w, int h)
    {
        Directory.CreateDirectory(dir);
        for (int i = 0; i < count; i++)
        {
            string path = Path.Combine(dir, $"tile-{i}.png");
            if (File.Exists(path)) continue;
            using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
            using (var canvas = new SKCanvas(bitmap))
            {
                float hue = i * 360f / count;
                using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(w, h),
                    [SKColor.FromHsv(hue, 70, 85), SKColor.FromHsv((hue + 60) % 360, 80, 35)], SKShaderTileMode.Clamp);
                using var fill = new SKPaint { Shader = shader };
                canvas.DrawRect(0, 0, w, h, fill);
                using var disc = new SKPaint { Color = SKColor.FromHsv((hue + 180) % 360, 50, 95).WithAlpha(200), IsAntialias = true };
                canvas.DrawCircle(w * 0.7f, h * 0.4f, h * 0.28f, disc);
                using var stripe = new SKPaint { Color = new SKColor(255, 255, 255, 90) };
                canvas.DrawRect(0, h * 0.78f, w, h * 0.08f, stripe);
            }
            using SKData png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            using FileStream f = File.Create(path);
            png.SaveTo(f);
        }
    }
}
