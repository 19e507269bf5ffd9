namespace Bridge.Schema;

/// <summary>Operations sent from the JS side to the engine, one closed set (Fabric-like).</summary>
/// <remarks>Wire shape of each op, as a MessagePack array starting with its code, is given per member.</remarks>
public enum OpCode : byte
{
    /// <summary><c>[1, id, widgetType]</c>: creates a detached node.</summary>
    CreateNode = 1,
    /// <summary><c>[2, id]</c>: destroys a node and all its descendants.</summary>
    DeleteSubtree = 2,
    /// <summary><c>[3, parent, child, before]</c>: inserts (or moves) a child before a sibling; before 0 appends.</summary>
    InsertChild = 3,
    /// <summary><c>[4, parent, child]</c>: detaches a child without destroying it.</summary>
    RemoveChild = 4,
    /// <summary><c>[5, id, [key, value, ...]]</c>: sets changed props; a nil value unsets back to the default.</summary>
    UpdateProps = 5,
    /// <summary><c>[6, id, text]</c>: replaces the text content of a text node.</summary>
    UpdateText = 6,

    /// <summary><c>[16, pageRoot, pageName]</c>: the page has rendered into its root for the first time.</summary>
    MountRoot = 16,
    /// <summary><c>[17, pageRoot]</c>: the page has torn down its tree.</summary>
    UnmountRoot = 17,
    /// <summary><c>[18, pageName, params]</c>: asks the router to open a page.</summary>
    Navigate = 18,
    /// <summary><c>[19]</c>: asks the router to go back.</summary>
    GoBack = 19,
    /// <summary><c>[20, testID]</c>: asks the focus system to focus the node with this test id. <c>[20, testID, pageRoot,
    /// blurred, focused]</c>: the same, when JS already ran the move's <c>onBlur</c> (node <c>blurred</c>, 0: none) and
    /// <c>onFocus</c> (node <c>focused</c>) of page root <c>pageRoot</c>; the host does not send those events again.</summary>
    RequestFocus = 20,
    /// <summary><c>[21, requestId, resource, params]</c>: asks the host data service for a resource.</summary>
    DataRequest = 21,
    /// <summary><c>[22, level, message]</c>: a console line from page code.</summary>
    Log = 22,
    /// <summary><c>[23, message, stack]</c>: an uncaught error in page code.</summary>
    Error = 23,
    /// <summary><c>[24, eventId, consumed]</c>: JS dispatched key event <c>eventId</c>; <c>consumed</c> is true when an
    /// <c>onKey</c> handler returned true, so the host must not also move focus for it.</summary>
    KeyHandled = 24,
    /// <summary><c>[25, requestId, pageRoot, node, relativeTo]</c>: asks for the layout box of a node of that page, answered
    /// by a <see cref="EventCode.Measured"/> event after the next layout; <c>relativeTo</c> is another node of the page to
    /// measure from (0: none).</summary>
    Measure = 25,
}

/// <summary>Severity of a <see cref="OpCode.Log"/> op.</summary>
public enum LogLevel : byte
{
    /// <summary>console.debug</summary>
    Debug = 0,
    /// <summary>console.log and console.info</summary>
    Info = 1,
    /// <summary>console.warn</summary>
    Warn = 2,
    /// <summary>console.error</summary>
    Error = 3,
}
