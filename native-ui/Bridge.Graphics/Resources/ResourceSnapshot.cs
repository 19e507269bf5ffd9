namespace Bridge.Graphics;

/// <summary>What the <see cref="ResourceSystem"/> holds at one moment: every image it knows, its texture memory against
/// the budget, and the images evicted last.</summary>
/// <param name="Version">The system's <see cref="ResourceSystem.Version"/> when taken.</param>
/// <param name="TextureBytes">Bytes of texture memory held by uploaded images.</param>
/// <param name="TextureByteBudget">Bytes unreferenced images may keep before the least recently released are evicted.</param>
/// <param name="Evictions">Images evicted since the start.</param>
/// <param name="Images">Every image acquired and not evicted, by id.</param>
/// <param name="Evicted">The last <see cref="ResourceSystem.EvictedKept"/> evictions, oldest first.</param>
public sealed record ResourceSnapshot(long Version, long TextureBytes, long TextureByteBudget, int Evictions,
    IReadOnlyList<ImageResource> Images, IReadOnlyList<EvictedImage> Evicted);

/// <summary>One image of a <see cref="ResourceSnapshot"/>.</summary>
/// <param name="Id">Its handle's id.</param>
/// <param name="Src">The src it was acquired with.</param>
/// <param name="State">Loading, ready or failed.</param>
/// <param name="References">Handles taken and not released (0: cached, first to go over the budget).</param>
/// <param name="Width">Decoded width in pixels (0 while loading or when it failed).</param>
/// <param name="Height">Decoded height in pixels.</param>
/// <param name="Bytes">Texture bytes it holds (0 until uploaded).</param>
/// <param name="DrawnWidth">Width it is drawn at, as the snapshot's caller measured it (0 when not known).</param>
/// <param name="DrawnHeight">Height it is drawn at.</param>
public readonly record struct ImageResource(int Id, string Src, ImageState State, int References, int Width, int Height, long Bytes,
    float DrawnWidth, float DrawnHeight);

/// <summary>An image the byte budget evicted.</summary>
/// <param name="Src">The src it was acquired with.</param>
/// <param name="Width">Its decoded width.</param>
/// <param name="Height">Its decoded height.</param>
/// <param name="Bytes">Texture bytes it freed.</param>
/// <param name="Number">Which eviction it was (1 for the first of the run).</param>
public readonly record struct EvictedImage(string Src, int Width, int Height, long Bytes, int Number);

/// <summary>What a texture page of the GL backend holds.</summary>
public enum TexturePageKind
{
    /// <summary>A shared page packed with images.</summary>
    Images,

    /// <summary>A page of its own for one image larger than half a shared page.</summary>
    Image,

    /// <summary>The glyph atlas (one byte of coverage per pixel).</summary>
    Glyphs,
}

/// <summary>One texture of the GL backend.</summary>
/// <param name="Kind">What it holds.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Bytes">Texture memory it takes (4 bytes a pixel for images, 1 for glyphs).</param>
/// <param name="Items">Images placed on it, or glyphs resident in the atlas.</param>
public readonly record struct TexturePage(TexturePageKind Kind, int Width, int Height, long Bytes, int Items);
