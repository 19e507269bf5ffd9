namespace Bridge.Schema;

/// <summary>The host components a page can create.</summary>
public enum WidgetType : byte
{
    /// <summary>A flexbox container (<c>View</c>).</summary>
    View = 1,
    /// <summary>A run of text (<c>Text</c>).</summary>
    Text = 2,
    /// <summary>A bitmap loaded by <c>src</c> (<c>Image</c>).</summary>
    Image = 3,
}
