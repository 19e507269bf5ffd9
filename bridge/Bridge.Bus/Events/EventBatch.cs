namespace Bridge.Bus.Events;

/// <summary>Events waiting to cross to the JS side in one message; reusable across frames.</summary>
public sealed class EventBatch
{
    private HostEvent[] _events = new HostEvent[8];

    /// <summary>Schema version the batch was written with.</summary>
    public int SchemaVersion { get; set; } = Schema.SchemaInfo.Version;

    /// <summary>Number of events.</summary>
    public int Count { get; private set; }

    /// <summary>The events, in order.</summary>
    public ReadOnlySpan<HostEvent> Events => _events.AsSpan(0, Count);

    /// <summary>Appends an event.</summary>
    public EventBatch Add(in HostEvent e)
    {
        if (Count == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }
        _events[Count++] = e;
        return this;
    }

    /// <summary>Empties the batch, keeping its capacity.</summary>
    public void Clear()
    {
        Array.Clear(_events, 0, Count);
        Count = 0;
        SchemaVersion = Schema.SchemaInfo.Version;
    }

    /// <inheritdoc/>
    public override string ToString() => BatchText.Describe(this);
}
