using System.Diagnostics;
using Bridge.App.Content;
using Serilog;
using SkiaSharp;

namespace Bridge.App.Posters;

/// <summary>What one run of <see cref="PosterGenerator.EnsureAll"/> did.</summary>
public readonly record struct PosterRunResult(int Written, int Skipped, TimeSpan Elapsed);

/// <summary>The kinds of artwork a title has.</summary>
public enum PosterKind
{
    /// <summary>The card on rails and grids (<see cref="Title.Poster"/>).</summary>
    Tile,

    /// <summary>The home page's banner of a featured title (<see cref="Title.Hero"/>).</summary>
    Hero,

    /// <summary>The full-screen picture behind details and the player (<see cref="Title.Backdrop"/>), a JPEG.</summary>
    Backdrop,
}

/// <summary>
/// Draws every title's tile poster and backdrop and, for featured titles, a hero banner into an asset cache with
/// SkiaSharp, each at the pixel size it is drawn at 1920x1080 (the demo's 1280x720 design scaled by 1.5), so no screen up to
/// 1080p stretches one; files that already exist are kept, so a run after the first writes nothing.
/// </summary>
public sealed class PosterGenerator(string cacheRoot, ILogger? log = null)
{
    /// <summary>The size of a tile poster: the tile's picture (234x129 design units inside its border) at 1080p.</summary>
    public static readonly SKSizeI TileSize = new(351, 194);

    /// <summary>The size of a hero banner: the 1280x400 design banner at 1080p.</summary>
    public static readonly SKSizeI HeroSize = new(1920, 600);

    /// <summary>The size of a backdrop: the whole screen at 1080p.</summary>
    public static readonly SKSizeI BackdropSize = new(1920, 1080);

    /// <summary>Changes whenever the drawing changes, so a stale cache is redrawn rather than reused.</summary>
    private const string ArtVersion = "poster-art-2";

    // Sub filter + zlib level 3 encodes ~3x faster than Skia's default (all filters, level 6) for ~50% more bytes.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    // A backdrop is a smooth full-screen picture: as JPEG it is a tenth of a PNG's bytes and encodes faster.
    private const int BackdropJpegQuality = 90;

    private readonly ILogger _log = log ?? Serilog.Core.Logger.None;

    /// <summary>The folder that holds <c>posters/</c>.</summary>
    public string CacheRoot { get; } = Path.GetFullPath(cacheRoot);

    /// <summary>Writes every missing poster and hero of the catalog; returns how many were written and skipped.</summary>
    public PosterRunResult EnsureAll(Catalog catalog, int maxParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return EnsureAll(catalog.Titles, maxParallelism);
    }

    /// <summary>Writes every missing poster and hero of the given titles; returns how many were written and skipped.</summary>
    public PosterRunResult EnsureAll(IEnumerable<Title> titles, int maxParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(CacheRoot, "posters");
        Directory.CreateDirectory(folder);
        var stamp = Path.Combine(folder, ".version");
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != ArtVersion)
        {
            // Art from an older drawing: remove it so every poster is redrawn in the current style.
            foreach (var old in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".png", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal)))
            {
                File.Delete(old);
            }
            File.WriteAllText(stamp, ArtVersion);
        }

        var jobs = new List<(Title Title, PosterKind Kind, string Path)>();
        var skipped = 0;
        foreach (var t in titles)
        {
            Plan(t, t.Poster, PosterKind.Tile);
            Plan(t, t.Backdrop, PosterKind.Backdrop);
            if (t.Hero is not null)
            {
                Plan(t, t.Hero, PosterKind.Hero);
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
        Parallel.ForEach(jobs, options, job => Write(job.Title, job.Kind, job.Path));
        var result = new PosterRunResult(jobs.Count, skipped, clock.Elapsed);
        _log.Information("Posters in {Folder}: {Written} written, {Skipped} already there, {Ms:0} ms",
            folder, result.Written, result.Skipped, result.Elapsed.TotalMilliseconds);
        return result;

        void Plan(Title t, string address, PosterKind kind)
        {
            var path = AssetPaths.Resolve(address, CacheRoot);
            if (File.Exists(path) && new FileInfo(path).Length > 0)
            {
                skipped++;
            }
            else
            {
                jobs.Add((t, kind, path));
            }
        }
    }

    /// <summary>The pixel size of a kind of artwork.</summary>
    public static SKSizeI SizeOf(PosterKind kind) => kind switch
    {
        PosterKind.Tile => TileSize,
        PosterKind.Hero => HeroSize,
        PosterKind.Backdrop => BackdropSize,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of poster"),
    };

    /// <summary>Draws one title's artwork of a kind and returns it encoded (PNG; a backdrop as JPEG).</summary>
    public static byte[] Render(Title title, PosterKind kind)
    {
        ArgumentNullException.ThrowIfNull(title);
        var size = SizeOf(kind);
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {size.Width}x{size.Height} surface for the {kind} of '{title.Id}'");
        var canvas = surface.Canvas;
        if (kind == PosterKind.Hero)
        {
            PosterArt.DrawHero(canvas, title, size.Width, size.Height);
        }
        else
        {
            PosterArt.DrawScene(canvas, title, size.Width, size.Height);
        }
        using var pixels = surface.PeekPixels();
        using var data = (kind == PosterKind.Backdrop ? pixels.Encode(new SKJpegEncoderOptions(BackdropJpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)) : pixels.Encode(PngOptions))
            ?? throw new InvalidOperationException($"SkiaSharp could not encode the {kind} of '{title.Id}'");
        return data.ToArray();
    }

    private static void Write(Title title, PosterKind kind, string path)
    {
        var bytes = Render(title, kind);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename, so a reader never sees half a file and a crash leaves no stub. The temporary
        // name is unique across processes too: two programs filling an empty cache at once each write their own.
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
