using System.Numerics;
using System.Runtime.InteropServices;
using Silk.NET.OpenGL;

namespace Bridge.Graphics.Gles;

/// <summary>Where an uploaded image lives: a page texture and its texel rectangle in it; opaque when every pixel's
/// alpha is 255 (then a square, fully opaque draw of it needs no blending).</summary>
internal readonly record struct ImagePlacement(int Page, int X, int Y, int W, int H, bool Opaque);

/// <summary>Packs uploaded images into a few large RGBA8 page textures, so a frame of many images samples few textures.</summary>
/// <remarks>A software rasterizer evaluates every branch of a shader, so a batch samples one texture (each more would
/// cost a fetch per pixel): packing keeps batch breaks few. Images larger than half a page get a dedicated page. Space freed by a
/// deleted image is reused when its page empties (images of a TV page come and go together, rail by rail).</remarks>
internal sealed class ImagePages
{
    private const int Padding = 1;

    private sealed class Page(uint texture, int width, int height, bool dedicated)
    {
        public readonly uint Texture = texture;
        public readonly int Width = width, Height = height;
        public readonly bool Dedicated = dedicated;
        public int ShelfX, ShelfY, ShelfH, Live;
    }

    private readonly GL _gl;
    private readonly int _pageSize;
    private readonly List<Page?> _pages = new();
    private readonly Dictionary<int, ImagePlacement> _placements = new();

    internal ImagePages(GL gl, int pageSize)
    {
        _gl = gl;
        _pageSize = pageSize;
    }

    /// <summary>Page textures that exist (for stats and tests).</summary>
    internal int PageCount
    {
        get
        {
            int n = 0;
            foreach (Page? p in _pages) if (p is not null) n++;
            return n;
        }
    }

    /// <summary>Changes whenever an image is placed or deleted (page contents or pages changed).</summary>
    internal long Version { get; private set; }

    /// <summary>The page textures that exist, in page order.</summary>
    internal IEnumerable<TexturePage> Pages()
    {
        foreach (Page? p in _pages)
        {
            if (p is not null)
                yield return new TexturePage(p.Dedicated ? TexturePageKind.Image : TexturePageKind.Images, p.Width, p.Height, (long)p.Width * p.Height * 4, p.Live);
        }
    }

    internal bool TryGet(int imageId, out ImagePlacement placement) => _placements.TryGetValue(imageId, out placement);

    internal uint TextureOf(int page) => _pages[page]!.Texture;

    internal (int W, int H) SizeOf(int page) => (_pages[page]!.Width, _pages[page]!.Height);

    /// <summary>Places (or replaces) an image and uploads its pixels (texture unit 0 is used for the upload).</summary>
    internal unsafe void Upload(int imageId, int w, int h, ReadOnlySpan<byte> rgba)
    {
        Delete(imageId);
        int pageIndex, x, y;
        if (w > _pageSize / 2 || h > _pageSize / 2)
        {
            pageIndex = AddPage(w, h, dedicated: true);
            x = y = 0;
        }
        else
        {
            pageIndex = -1;
            x = y = 0;
            for (int i = 0; i < _pages.Count && pageIndex < 0; i++)
                if (_pages[i] is { Dedicated: false } p && TryPack(p, w, h, out x, out y)) pageIndex = i;
            if (pageIndex < 0)
            {
                pageIndex = AddPage(_pageSize, _pageSize, dedicated: false);
                TryPack(_pages[pageIndex]!, w, h, out x, out y);
            }
        }
        Page page = _pages[pageIndex]!;
        page.Live++;
        _gl.ActiveTexture(TextureUnit.Texture0);
        _gl.BindTexture(TextureTarget.Texture2D, page.Texture);
        fixed (byte* px = rgba)
        {
            // SAFETY: px is pinned and holds w*h*4 bytes (checked by the caller); UNPACK_ALIGNMENT is 1.
            _gl.TexSubImage2D(TextureTarget.Texture2D, 0, x, y, (uint)w, (uint)h, PixelFormat.Rgba, PixelType.UnsignedByte, px);
        }
        _placements[imageId] = new ImagePlacement(pageIndex, x, y, w, h, IsOpaque(rgba[..(w * h * 4)]));
        Version++;
    }

    /// <summary>Forgets an image; its page is freed (dedicated) or reset (shared) once nothing lives on it.</summary>
    internal void Delete(int imageId)
    {
        if (!_placements.Remove(imageId, out ImagePlacement placement)) return;
        Version++;
        Page page = _pages[placement.Page]!;
        if (--page.Live > 0) return;
        if (page.Dedicated)
        {
            _gl.DeleteTexture(page.Texture);
            _pages[placement.Page] = null;
        }
        else
        {
            page.ShelfX = page.ShelfY = page.ShelfH = 0;
        }
    }

    /// <summary>True when every pixel of premultiplied RGBA8 has alpha 255.</summary>
    internal static bool IsOpaque(ReadOnlySpan<byte> rgba)
    {
        // Read as little-endian uints, alpha is the top byte: AND them all, then look at it once.
        ReadOnlySpan<uint> pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        var all = Vector<uint>.AllBitsSet;
        int i = 0;
        ReadOnlySpan<Vector<uint>> vectors = MemoryMarshal.Cast<uint, Vector<uint>>(pixels);
        foreach (Vector<uint> v in vectors) all &= v;
        i = vectors.Length * Vector<uint>.Count;
        uint rest = uint.MaxValue;
        for (; i < pixels.Length; i++) rest &= pixels[i];
        for (int k = 0; k < Vector<uint>.Count; k++) rest &= all[k];
        return BitConverter.IsLittleEndian ? rest >> 24 == 0xFF : (rest & 0xFF) == 0xFF;
    }

    internal void DeleteAll()
    {
        foreach (Page? p in _pages) if (p is not null) _gl.DeleteTexture(p.Texture);
        _pages.Clear();
        _placements.Clear();
        Version++;
    }

    private unsafe int AddPage(int w, int h, bool dedicated)
    {
        uint tex = _gl.GenTexture();
        _gl.ActiveTexture(TextureUnit.Texture0);
        _gl.BindTexture(TextureTarget.Texture2D, tex);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        _gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        _gl.TexImage2D(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)w, (uint)h, 0, PixelFormat.Rgba, PixelType.UnsignedByte, null);
        var page = new Page(tex, w, h, dedicated);
        for (int i = 0; i < _pages.Count; i++)
        {
            if (_pages[i] is null)
            {
                _pages[i] = page;
                return i;
            }
        }
        _pages.Add(page);
        return _pages.Count - 1;
    }

    private static bool TryPack(Page p, int w, int h, out int x, out int y)
    {
        if (p.ShelfX + w + Padding > p.Width)
        {
            p.ShelfY += p.ShelfH + Padding;
            p.ShelfX = 0;
            p.ShelfH = 0;
        }
        if (p.ShelfY + h > p.Height || p.ShelfX + w > p.Width)
        {
            x = y = 0;
            return false;
        }
        x = p.ShelfX;
        y = p.ShelfY;
        p.ShelfX += w + Padding;
        p.ShelfH = Math.Max(p.ShelfH, h);
        return true;
    }
}
