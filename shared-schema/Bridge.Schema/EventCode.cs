namespace Bridge.Schema;

/// <summary>Events sent from the engine to the JS side.</summary>
/// <remarks>Wire shape of each event, as a MessagePack array starting with its code, is given per member.</remarks>
public enum EventCode : byte
{
    /// <summary><c>[1, eventId, target, keyCode, timestampMs]</c>: a remote key, dispatched to the focused node.</summary>
    Key = 1,
    /// <summary><c>[2, eventId, target]</c>: select on a focusable node.</summary>
    Press = 2,
    /// <summary><c>[3, eventId, target]</c>: the node gained focus.</summary>
    Focus = 3,
    /// <summary><c>[4, eventId, target]</c>: the node lost focus.</summary>
    Blur = 4,
    /// <summary><c>[5, target, x, y, w, h, pageX, pageY]</c>: the node's layout box changed (sent only to nodes with
    /// onLayout); x and y are relative to the parent, pageX and pageY to the screen (after scrolling, before transforms).</summary>
    Layout = 5,
    /// <summary><c>[6, requestId, ok, dataOrMessage]</c>: the answer to a data request.</summary>
    DataResponse = 6,
    /// <summary><c>[7, pageRoot, pageName, params]</c>: render this registered page into this root.</summary>
    PageMount = 7,
    /// <summary><c>[8, pageRoot]</c>: tear down the page rendered into this root.</summary>
    PageUnmount = 8,
    /// <summary><c>[9, pageRoot, revision, message]</c>: a batch was rejected and changed nothing.</summary>
    BatchRejected = 9,
    /// <summary><c>[10, eventId, pageRoot, keyCode, timestampMs]</c>: a remote key while no node of the page on screen has
    /// focus (the page runs its own focus, or has none yet); answered by <c>KeyHandled</c> like <see cref="Key"/>.</summary>
    RootKey = 10,
    /// <summary><c>[11, requestId, found, x, y, w, h, pageX, pageY]</c>: the answer to a <see cref="OpCode.Measure"/>: x and y
    /// relative to the parent (or to the <c>relativeTo</c> node), pageX and pageY to the screen; found is false when the
    /// node (or the relative one) is not on screen.</summary>
    Measured = 11,
}
