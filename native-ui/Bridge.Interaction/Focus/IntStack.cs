namespace Bridge.Interaction.Focus;

/// <summary>A growable stack of node handles reused across searches, so a warm search allocates nothing.</summary>
internal sealed class IntStack
{
    private int[] _items = new int[64];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Push(int value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = value;
    }

    public int Pop() => _items[--Count];
}
