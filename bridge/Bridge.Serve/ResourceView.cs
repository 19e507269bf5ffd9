using System.Text.Json;
using Bridge.Graphics;

namespace Bridge.Serve;

/// <summary>The preview's resource view message: <c>{"type":"resources", ...}</c> with the images the resource system
/// holds (src, state, references, decoded and drawn size, bytes), the budget, the last evictions and the backend's
/// texture pages (image pages and the glyph atlas).</summary>
internal static class ResourceView
{
    /// <summary>Longest src sent; a longer one (a data: URL) is cut with its length named.</summary>
    public const int MaxSrcChars = 120;

    public static string ToJson(ResourceSnapshot snapshot, IReadOnlyList<TexturePage> pages)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.Serialize(new
        {
            type = "resources",
            version = snapshot.Version,
            textureBytes = snapshot.TextureBytes,
            budgetBytes = snapshot.TextureByteBudget,
            evictions = snapshot.Evictions,
            images = snapshot.Images.Select(i => new
            {
                id = i.Id,
                src = Short(i.Src),
                state = i.State.ToString().ToLowerInvariant(),
                refs = i.References,
                w = i.Width,
                h = i.Height,
                drawnW = MathF.Round(i.DrawnWidth),
                drawnH = MathF.Round(i.DrawnHeight),
                bytes = i.Bytes,
            }),
            evicted = snapshot.Evicted.Select(e => new { src = Short(e.Src), w = e.Width, h = e.Height, bytes = e.Bytes, number = e.Number }),
            pages = pages.Select(p => new { kind = p.Kind.ToString().ToLowerInvariant(), w = p.Width, h = p.Height, bytes = p.Bytes, items = p.Items }),
            pageBytes = pages.Sum(p => p.Bytes),
        });
    }

    private static string Short(string src) => src.Length <= MaxSrcChars ? src : $"{src[..MaxSrcChars]}… ({src.Length} chars)";
}
