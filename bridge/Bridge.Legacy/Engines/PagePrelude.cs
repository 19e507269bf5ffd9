namespace Bridge.Legacy.Engines;

/// <summary>The script a runtime runs before any bundle: it narrows what page code can reach and sets up the
/// handshake through which the bridge-host runtime hands its bridge object to the host, and to the host only.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>V8's <c>Performance</c> (ClearScript's AddPerformanceObject) goes: its <c>sleep</c> blocks the thread where no
/// interrupt reaches; <c>performance.now</c> stays, as a bound native function.</item>
/// <item><c>Atomics.wait</c> and <c>Atomics.waitAsync</c> go (a wait no interrupt stops), and so does
/// <c>WebAssembly</c>, which the page contract does not offer.</item>
/// <item><c>__bridgeConnect(bridge)</c> is defined once: the runtime calls it when it loads, it deletes itself, and
/// the bridge lives on only in the closure of the function the prelude returns, which the host keeps.</item>
/// </list>
/// ClearScript's own <c>EngineInternal</c> cannot be removed (it is a frozen, non-configurable global of V8 contexts);
/// it holds script helpers with no host access, as no host object is installed.
/// </remarks>
internal static class PagePrelude
{
    /// <summary>Evaluates to the host's accessor: <c>f()</c> is the bridge (null before the handshake),
    /// <c>f(name)</c> one of its members.</summary>
    public const string Source = """
        (() => {
          'use strict';
          const g = globalThis;
          const P = g.Performance;
          if (P !== undefined && P !== null && typeof P.now === 'function') {
            Object.defineProperty(g, 'performance',
              { value: Object.freeze({ now: P.now.bind(P) }), writable: true, configurable: true });
          }
          delete g.Performance;
          if (typeof g.Atomics === 'object' && g.Atomics !== null) {
            delete g.Atomics.wait;
            delete g.Atomics.waitAsync;
          }
          delete g.WebAssembly;
          let bridge = null;
          Object.defineProperty(g, '__bridgeConnect', {
            configurable: true,
            value: (b) => { if (bridge === null) bridge = b; delete g.__bridgeConnect; },
          });
          return (name) => name === undefined ? bridge : bridge === null ? undefined : bridge[name];
        })()
        """;

    /// <summary>The protocol of the runtimes this host drives; older bundles (with a global <c>__bridge</c>) still run.</summary>
    public const int Protocol = 2;

    /// <summary>The message when a bundle gave the host no bridge.</summary>
    public const string NotConnected =
        "the bundle did not connect to the host: no bridge-host runtime called __bridgeConnect (is it built with scripts/build-legacy?)";
}
