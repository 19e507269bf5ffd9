namespace Bridge.Graphics;

/// <summary>Receives decoded images from the <see cref="ResourceSystem"/> and turns them into textures.</summary>
public interface IImageUploader
{
    /// <summary>Creates (or replaces) the texture of an image from premultiplied RGBA8 pixels, top row first.</summary>
    void UploadImage(ImageHandle image, int width, int height, ReadOnlySpan<byte> premultipliedRgba);

    /// <summary>Frees the texture of an image; drawing it afterwards draws the placeholder.</summary>
    void DeleteImage(ImageHandle image);
}

/// <summary>Draws a <see cref="DrawList"/> into a frame of pixels.</summary>
public interface IRenderBackend : IImageUploader, IDisposable
{
    /// <summary>Frame width in pixels.</summary>
    int Width { get; }

    /// <summary>Frame height in pixels.</summary>
    int Height { get; }

    /// <summary>Changes the frame size; the next frame renders at the new size.</summary>
    void Resize(int width, int height);

    /// <summary>Clears the frame to <paramref name="clear"/> and draws the list in order.</summary>
    void Render(DrawList list, Rgba clear);

    /// <summary>Copies the last frame's pixels (RGBA8, premultiplied, top row first) into a caller buffer of Width*Height*4 bytes.</summary>
    void ReadPixels(Span<byte> rgba);
}
