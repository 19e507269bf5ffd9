using System.Diagnostics;
using Bridge.App.Content;
using Serilog;
using SkiaSharp;

namespace Bridge.App.Posters;

/// <summary>What one run of <see cref="PosterGenerator.EnsureAll"/> did.</summary>
public readonly record struct PosterRunResult(int Written, int Skipped, TimeSpan Elapsed);

/// <summary>
/// Draws every title's poster (240×135 tile) and, for featured titles, a 1280×400 hero into an asset cache with
/// SkiaSharp; files that already exist are kept, so a run after the first writes nothing.
/// </summary>
public sealed class PosterGenerator(string cacheRoot, ILogger? log = null)
{
    /// <summary>The size of a tile poster.</summary>
    public static readonly SKSizeI TileSize = new(240, 135);

    /// <summary>The size of a hero banner.</summary>
    public static readonly SKSizeI HeroSize = new(1280, 400);

    /// <summary>Changes whenever the drawing changes, so a stale cache is redrawn rather than reused.</summary>
    private const string ArtVersion = "poster-art-1";

    // Sub filter + zlib level 3 encodes ~3x faster than Skia's default (all filters, level 6) for ~50% more bytes.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    private static readonly Lazy<SKTypeface> Typeface =
        new(() => SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default);

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
            foreach (var old in Directory.EnumerateFiles(folder, "*.png"))
            {
                File.Delete(old);
            }
            File.WriteAllText(stamp, ArtVersion);
        }

        var jobs = new List<(Title Title, bool Hero, string Path)>();
        var skipped = 0;
        foreach (var t in titles)
        {
            Plan(t, t.Poster, hero: false);
            if (t.Hero is not null)
            {
                Plan(t, t.Hero, hero: true);
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount };
        Parallel.ForEach(jobs, options, job => Write(job.Title, job.Hero, job.Path));
        var result = new PosterRunResult(jobs.Count, skipped, clock.Elapsed);
        _log.Information("Posters in {Folder}: {Written} written, {Skipped} already there, {Ms:0} ms",
            folder, result.Written, result.Skipped, result.Elapsed.TotalMilliseconds);
        return result;

        void Plan(Title t, string address, bool hero)
        {
            var path = AssetPaths.Resolve(address, CacheRoot);
            if (File.Exists(path) && new FileInfo(path).Length > 0)
            {
                skipped++;
            }
            else
            {
                jobs.Add((t, hero, path));
            }
        }
    }

    /// <summary>Draws one title's tile poster (or hero banner) and returns it encoded as PNG.</summary>
    public static byte[] Render(Title title, bool hero)
    {
        var size = hero ? HeroSize : TileSize;
        var typeface = Typeface.Value;
        using var surface = SKSurface.Create(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {size.Width}x{size.Height} surface for the poster of '{title.Id}'");
        var canvas = surface.Canvas;
        if (hero)
        {
            PosterArt.DrawHero(canvas, title, size.Width, size.Height, typeface);
        }
        else
        {
            PosterArt.DrawTile(canvas, title, size.Width, size.Height, typeface);
        }
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(PngOptions)
            ?? throw new InvalidOperationException($"SkiaSharp could not encode the poster of '{title.Id}' as PNG");
        return data.ToArray();
    }

    private static void Write(Title title, bool hero, string path)
    {
        var bytes = Render(title, hero);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename, so a reader never sees half a file and a crash leaves no stub. The temporary
        // name is unique across processes too: two programs filling an empty cache at once each write their own.
        var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
