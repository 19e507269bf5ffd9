using Bridge.Bus.Ops;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Schema;
using Serilog;

namespace Bridge.Legacy.Applying;

/// <summary>Applies legacy op batches to the UI world whole or not at all: the nodes are the same widgets native pages use.</summary>
/// <remarks>UI thread only. A batch is first validated against a shadow of the nodes it touches (<see cref="BatchValidator"/>);
/// only a valid batch is applied. A stale revision is dropped and counted; a rejected batch faults its page root, is
/// logged with its reason, and its result says so (the caller sends BatchRejected to JS).</remarks>
public sealed class OpApplier
{
    private readonly UiWorld _world;
    private readonly ILogger _log;
    private readonly BatchValidator _validator;
    private readonly Dictionary<uint, LegacyRoot> _roots = new();
    private readonly Dictionary<Entity, LegacyRoot> _rootsByEntity = new();
    private static readonly IReadOnlyList<string> s_noErrors = Array.Empty<string>();

    private readonly HashSet<uint> _closed = [];

    /// <summary>Creates an applier over a world; <paramref name="handlers"/> makes the delegates installed for handler props.</summary>
    public OpApplier(UiWorld world, ILogger? log = null, Func<LegacyRoot, uint, PropKey, Delegate?>? handlers = null)
    {
        _world = world ?? throw new ArgumentNullException(nameof(world));
        _log = (log ?? Serilog.Core.Logger.None).ForContext<OpApplier>();
        _validator = new BatchValidator(world) { HandlerFactory = handlers };
        _world.EntityDestroyed += OnEntityDestroyed;
    }

    /// <summary>Makes the delegates installed for handler props present on a node (null installs none).</summary>
    public Func<LegacyRoot, uint, PropKey, Delegate?>? HandlerFactory
    {
        get => _validator.HandlerFactory;
        set => _validator.HandlerFactory = value;
    }

    /// <summary>Opens a page root whose top-level nodes go under <paramref name="container"/> (a View).</summary>
    public LegacyRoot OpenRoot(uint pageRoot, Entity container)
    {
        if (pageRoot == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pageRoot), "page root 0 is the runtime batch, not a page");
        }
        if (_roots.ContainsKey(pageRoot))
        {
            throw new InvalidOperationException($"page root {pageRoot} is already open");
        }
        if (_world.TypeOf(container) != WidgetType.View)
        {
            throw new ArgumentException($"the container of page root {pageRoot} must be a View, got a {_world.TypeOf(container)}", nameof(container));
        }
        var root = new LegacyRoot(pageRoot, container);
        _roots.Add(pageRoot, root);
        return root;
    }

    /// <summary>Closes a page root, destroying the nodes it still has.</summary>
    public void CloseRoot(uint pageRoot)
    {
        if (!_roots.Remove(pageRoot, out var root))
        {
            throw new KeyNotFoundException($"page root {pageRoot} is not open");
        }
        _closed.Add(pageRoot);
        foreach (var entity in root.Nodes.Values.ToList())
        {
            if (_world.IsAlive(entity))
            {
                _world.DestroySubtree(entity);
            }
        }
    }

    /// <summary>The state of an open page root; false when it is not open.</summary>
    public bool TryGetRoot(uint pageRoot, out LegacyRoot root) => _roots.TryGetValue(pageRoot, out root!);

    /// <summary>The page root and node id of a legacy entity (to address events to JS); false for other entities.</summary>
    public bool TryFindNode(Entity entity, out LegacyRoot root, out uint id)
    {
        id = 0;
        return _rootsByEntity.TryGetValue(entity, out root!) && root.TryGetNodeId(entity, out id);
    }

    /// <summary>Validates <paramref name="batch"/> as a whole, then applies all of it or none of it.</summary>
    public ApplyResult Apply(OpBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!_roots.TryGetValue(batch.PageRoot, out var root))
        {
            if (_closed.Contains(batch.PageRoot))
            {
                // JS committed this page's teardown before it saw the unmount: nothing is left to change.
                _log.Debug("Dropped batch of closed page root {PageRoot} (revision {Revision})", batch.PageRoot, batch.Revision);
                return new ApplyResult(ApplyStatus.Dropped, $"page root {batch.PageRoot} is closed", 0, s_noErrors);
            }
            var message = $"page root {batch.PageRoot} is not open (revision {batch.Revision})";
            _log.Error("Rejected legacy batch: {Reason}", message);
            return new ApplyResult(ApplyStatus.Rejected, message, 0, s_noErrors);
        }
        if (root.Fault is not null)
        {
            // The page is faulted; its own error reports still matter (JS answers a rejection with one).
            return new ApplyResult(ApplyStatus.Dropped, root.Fault, 0, ErrorsOf(root, batch));
        }
        if (batch.Revision <= root.Revision)
        {
            root.StaleCount++;
            _log.Debug("Dropped stale batch of page root {PageRoot}: revision {Revision} after {Last}", root.PageRoot, batch.Revision, root.Revision);
            return new ApplyResult(ApplyStatus.Stale, $"revision {batch.Revision} is not newer than {root.Revision}", 0, s_noErrors);
        }
        var error = _validator.Validate(root, batch);
        if (error is not null)
        {
            root.Fault = error;
            _log.Error("Rejected legacy batch of page {Page}: {Reason}", root.PageName ?? "(not mounted)", error);
            return new ApplyResult(ApplyStatus.Rejected, error, 0, s_noErrors);
        }
        root.Revision = batch.Revision;
        return Commit(root, batch);
    }

    /// <summary>Rejects a batch of <paramref name="pageRoot"/> that could not be decoded: the root is faulted, as by an
    /// invalid batch, and nothing in the world changes.</summary>
    public ApplyResult Reject(uint pageRoot, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (!_roots.TryGetValue(pageRoot, out var root))
        {
            if (_closed.Contains(pageRoot))
            {
                return new ApplyResult(ApplyStatus.Dropped, $"page root {pageRoot} is closed", 0, s_noErrors);
            }
            _log.Error("Rejected legacy batch: {Reason}", message);
            return new ApplyResult(ApplyStatus.Rejected, message, 0, s_noErrors);
        }
        if (root.Fault is not null)
        {
            return new ApplyResult(ApplyStatus.Dropped, root.Fault, 0, s_noErrors);
        }
        root.Fault = message;
        _log.Error("Rejected legacy batch of page {Page}: {Reason}", root.PageName ?? "(not mounted)", message);
        return new ApplyResult(ApplyStatus.Rejected, message, 0, s_noErrors);
    }

    /// <summary>Batches that failed while being committed after they validated (each leaves its root faulted with part of
    /// the batch applied); validation is meant to keep this at 0.</summary>
    public int CommitFailures { get; private set; }

    private ApplyResult Commit(LegacyRoot root, OpBatch batch)
    {
        List<string>? pageErrors = null;
        var parsed = _validator.Parsed;
        var next = 0;
        var ops = batch.Ops;
        var i = 0;
        try
        {
            for (; i < ops.Length; i++)
            {
                ref readonly var op = ref ops[i];
                switch (op.Code)
                {
                    case OpCode.CreateNode:
                        var created = _world.CreateNode(op.Widget);
                        root.Nodes.Add(op.Node, created);
                        root.IdsByEntity.Add(created, op.Node);
                        _rootsByEntity.Add(created, root);
                        for (var p = 0; p < op.PropCount; p++)
                        {
                            _world.ApplyProp(created, parsed[next++]);
                        }
                        break;
                    case OpCode.DeleteSubtree:
                        _world.DestroySubtree(root.Nodes[op.Node]);
                        break;
                    case OpCode.InsertChild:
                        _world.InsertChild(EntityOf(root, op.Parent), root.Nodes[op.Child], op.Before == 0 ? default : root.Nodes[op.Before]);
                        break;
                    case OpCode.RemoveChild:
                        _world.RemoveChild(EntityOf(root, op.Parent), root.Nodes[op.Child]);
                        break;
                    case OpCode.UpdateProps:
                        var target = root.Nodes[op.Node];
                        for (var p = 0; p < op.PropCount; p++)
                        {
                            _world.ApplyProp(target, parsed[next++]);
                        }
                        break;
                    case OpCode.UpdateText:
                        _world.SetText(root.Nodes[op.Node], op.Text!);
                        break;
                    case OpCode.MountRoot:
                        root.PageName = op.Text;
                        root.Mounted = true;
                        break;
                    case OpCode.UnmountRoot:
                        root.Mounted = false;
                        break;
                    case OpCode.Error:
                        (pageErrors ??= new List<string>()).Add(op.Text ?? "(no message)");
                        _log.Error("Legacy page {Page} reported: {Message:l}\n{Stack:l}", root.PageName ?? $"root {root.PageRoot}", op.Text, op.Extra);
                        break;
                }
            }
        }
        catch (Exception e)
        {
            // Validation should make this unreachable; if it happens the world holds part of the batch: fault the root.
            CommitFailures++;
            root.Fault = $"page root {root.PageRoot} revision {batch.Revision}: op {i} ({ops[i].Code}) failed after validation: {e.Message}";
            _log.Error(e, "Legacy batch failed after validation, page root {PageRoot} is faulted", root.PageRoot);
            return new ApplyResult(ApplyStatus.Rejected, root.Fault, i, pageErrors ?? s_noErrors);
        }
        return new ApplyResult(ApplyStatus.Applied, null, ops.Length, pageErrors ?? s_noErrors);
    }

    private IReadOnlyList<string> ErrorsOf(LegacyRoot root, OpBatch batch)
    {
        List<string>? errors = null;
        foreach (var op in batch.Ops)
        {
            if (op.Code == OpCode.Error)
            {
                (errors ??= new List<string>()).Add(op.Text ?? "(no message)");
                _log.Error("Legacy page {Page} reported: {Message:l}", root.PageName ?? $"root {root.PageRoot}", op.Text);
            }
        }
        return errors ?? s_noErrors;
    }

    private static Entity EntityOf(LegacyRoot root, uint id) => id == 0 ? root.Container : root.Nodes[id];

    private void OnEntityDestroyed(Entity entity)
    {
        if (_rootsByEntity.Remove(entity, out var root) && root.IdsByEntity.Remove(entity, out var id))
        {
            root.Nodes.Remove(id);
        }
    }
}
