namespace Bridge.Graphics;

/// <summary>A backend without GL that records the last frame's commands and uploaded images, for tests.</summary>
/// <remarks>Its pixels are the clear colour of the last frame: it draws nothing.</remarks>
public sealed class NullRenderBackend : IRenderBackend
{
    private DrawCommand[] _last = new DrawCommand[64];
    private int _lastCount;
    private readonly Dictionary<int, (int Width, int Height)> _images = new();

    /// <summary>Creates a null backend of the given frame size.</summary>
    public NullRenderBackend(int width = 1280, int height = 720) => Resize(width, height);

    /// <inheritdoc/>
    public int Width { get; private set; }

    /// <inheritdoc/>
    public int Height { get; private set; }

    /// <summary>How many frames have been rendered.</summary>
    public int FrameCount { get; private set; }

    /// <summary>The clear colour of the last frame.</summary>
    public Rgba LastClear { get; private set; }

    /// <summary>A copy of the commands of the last frame.</summary>
    public ReadOnlySpan<DrawCommand> LastCommands => new(_last, 0, _lastCount);

    /// <summary>Sizes of the images uploaded and not deleted, by handle id.</summary>
    public IReadOnlyDictionary<int, (int Width, int Height)> Images => _images;

    /// <inheritdoc/>
    public void Resize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
    }

    /// <inheritdoc/>
    public void Render(DrawList list, Rgba clear)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (_last.Length < list.Count) Array.Resize(ref _last, Math.Max(list.Count, _last.Length * 2));
        list.Commands.CopyTo(_last);
        _lastCount = list.Count;
        LastClear = clear;
        FrameCount++;
    }

    /// <inheritdoc/>
    public void ReadPixels(Span<byte> rgba)
    {
        int needed = Width * Height * 4;
        if (rgba.Length < needed)
            throw new ArgumentException($"ReadPixels: buffer has {rgba.Length} bytes, a {Width}x{Height} frame needs {needed}.", nameof(rgba));
        Rgba c = LastClear;
        uint packed = (uint)(c.R * c.A / 255) | (uint)(c.G * c.A / 255) << 8 | (uint)(c.B * c.A / 255) << 16 | (uint)c.A << 24;
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(rgba[..needed]).Fill(packed);
    }

    /// <inheritdoc/>
    public void UploadImage(ImageHandle image, int width, int height, ReadOnlySpan<byte> premultipliedRgba)
    {
        if (premultipliedRgba.Length < width * height * 4)
            throw new ArgumentException($"UploadImage {image}: {premultipliedRgba.Length} bytes for {width}x{height}.");
        _images[image.Id] = (width, height);
    }

    /// <inheritdoc/>
    public void DeleteImage(ImageHandle image) => _images.Remove(image.Id);

    /// <inheritdoc/>
    public void Dispose() => _images.Clear();
}
