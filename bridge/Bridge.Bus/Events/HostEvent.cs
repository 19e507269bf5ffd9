using Bridge.Schema;

namespace Bridge.Bus.Events;

/// <summary>One event from the engine to the JS side; which fields are meaningful depends on <see cref="Code"/>.</summary>
public readonly record struct HostEvent(
    EventCode Code,
    uint EventId,
    uint Target,
    KeyName Key,
    double Timestamp,
    float X,
    float Y,
    float W,
    float H,
    bool Ok,
    string? Text,
    object? Data)
{
    /// <summary>Horizontal position on the screen (layout and measure answers).</summary>
    public float PageX { get; init; }

    /// <summary>Vertical position on the screen (layout and measure answers).</summary>
    public float PageY { get; init; }

    /// <summary>The request a data response answers.</summary>
    public uint RequestId => EventId;

    /// <summary>The page root of a mount, unmount or rejection.</summary>
    public uint PageRoot => Target;

    /// <summary>The revision of a rejected batch.</summary>
    public uint Revision => EventId;

    /// <summary>A remote key sent to the focused node.</summary>
    public static HostEvent KeyPress(uint eventId, uint target, KeyName key, double timestampMs) =>
        new(EventCode.Key, eventId, target, key, timestampMs, 0, 0, 0, 0, false, null, null);

    /// <summary>Select on a focusable node.</summary>
    public static HostEvent Press(uint eventId, uint target) =>
        new(EventCode.Press, eventId, target, default, 0, 0, 0, 0, 0, false, null, null);

    /// <summary>The node gained focus.</summary>
    public static HostEvent Focus(uint eventId, uint target) =>
        new(EventCode.Focus, eventId, target, default, 0, 0, 0, 0, 0, false, null, null);

    /// <summary>The node lost focus.</summary>
    public static HostEvent Blur(uint eventId, uint target) =>
        new(EventCode.Blur, eventId, target, default, 0, 0, 0, 0, 0, false, null, null);

    /// <summary>The node's layout box changed: x and y relative to its parent, pageX and pageY on the screen.</summary>
    public static HostEvent Layout(uint target, float x, float y, float w, float h, float pageX, float pageY) =>
        new(EventCode.Layout, 0, target, default, 0, x, y, w, h, false, null, null) { PageX = pageX, PageY = pageY };

    /// <summary>A remote key for a page none of whose nodes has focus.</summary>
    public static HostEvent RootKey(uint eventId, uint pageRoot, KeyName key, double timestampMs) =>
        new(EventCode.RootKey, eventId, pageRoot, key, timestampMs, 0, 0, 0, 0, false, null, null);

    /// <summary>The answer to a measure request: the box when the node is on screen.</summary>
    public static HostEvent Measured(uint requestId, bool found, float x, float y, float w, float h, float pageX, float pageY) =>
        new(EventCode.Measured, requestId, 0, default, 0, x, y, w, h, found, null, null) { PageX = pageX, PageY = pageY };

    /// <summary>A successful data response.</summary>
    public static HostEvent DataOk(uint requestId, object? data) =>
        new(EventCode.DataResponse, requestId, 0, default, 0, 0, 0, 0, 0, true, null, data);

    /// <summary>A failed data response with its reason.</summary>
    public static HostEvent DataFailed(uint requestId, string message) =>
        new(EventCode.DataResponse, requestId, 0, default, 0, 0, 0, 0, 0, false, message, null);

    /// <summary>Render a registered page into a root.</summary>
    public static HostEvent PageMount(uint pageRoot, string page, object? parameters) =>
        new(EventCode.PageMount, 0, pageRoot, default, 0, 0, 0, 0, 0, false, page, parameters);

    /// <summary>Tear down the page of a root.</summary>
    public static HostEvent PageUnmount(uint pageRoot) =>
        new(EventCode.PageUnmount, 0, pageRoot, default, 0, 0, 0, 0, 0, false, null, null);

    /// <summary>A batch was rejected and changed nothing.</summary>
    public static HostEvent BatchRejected(uint pageRoot, uint revision, string message) =>
        new(EventCode.BatchRejected, revision, pageRoot, default, 0, 0, 0, 0, 0, false, message, null);
}
