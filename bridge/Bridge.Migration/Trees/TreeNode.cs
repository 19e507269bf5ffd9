namespace Bridge.Migration;

/// <summary>One node of a tree dump: widget type, testID, absolute pixel box, text, colours, opacity, image source,
/// focus and children.</summary>
/// <remarks>JSON: <c>{"type":"view|text|image","testID":…,"x":…,"y":…,"w":…,"h":…,"text":…,"color":"#rrggbb",
/// "backgroundColor":"#rrggbbaa","borderColor":…,"opacity":0.5,"src":…,"focused":true,"children":[…]}</c>; null fields
/// are omitted and <c>focused</c> appears only when true.</remarks>
public sealed class TreeNode
{
    /// <summary>Creates a node of a type ("view", "text" or "image").</summary>
    public TreeNode(string type, double x, double y, double w, double h)
    {
        if (type is not ("view" or "text" or "image"))
        {
            throw new ArgumentException($"tree node type \"{type}\" is not view, text or image", nameof(type));
        }
        Type = type;
        X = x;
        Y = y;
        W = w;
        H = h;
    }

    /// <summary>"view", "text" or "image".</summary>
    public string Type { get; }

    /// <summary>The testID prop, or null.</summary>
    public string? TestId { get; init; }

    /// <summary>Left edge in absolute pixels.</summary>
    public double X { get; }

    /// <summary>Top edge in absolute pixels.</summary>
    public double Y { get; }

    /// <summary>Width in pixels.</summary>
    public double W { get; }

    /// <summary>Height in pixels.</summary>
    public double H { get; }

    /// <summary>The text of a text node, or null.</summary>
    public string? Text { get; init; }

    /// <summary>The text colour of a text node (<c>#rrggbb</c> or <c>#rrggbbaa</c>), or null.</summary>
    public string? Color { get; init; }

    /// <summary>The fill colour, or null when the node fills nothing.</summary>
    public string? BackgroundColor { get; init; }

    /// <summary>The border colour of a node with a border, or null.</summary>
    public string? BorderColor { get; init; }

    /// <summary>The node's own opacity, or null for 1.</summary>
    public double? Opacity { get; init; }

    /// <summary>The source of an image node, or null.</summary>
    public string? Src { get; init; }

    /// <summary>True when the node has focus.</summary>
    public bool Focused { get; init; }

    /// <summary>The children in order.</summary>
    public List<TreeNode> Children { get; init; } = [];

    /// <summary>The node and its descendants, pre-order.</summary>
    public int CountNodes()
    {
        var count = 1;
        foreach (var child in Children)
        {
            count += child.CountNodes();
        }
        return count;
    }

    /// <summary>How the node reads in a difference path: <c>view#tile-1</c> or <c>text</c>.</summary>
    public string Label => TestId is null ? Type : $"{Type}#{TestId}";
}
