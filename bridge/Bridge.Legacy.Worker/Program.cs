// The JS runtime worker for hosts that are not Bridge apps (test runners, custom hosts): an app's own program serves
// the same worker as its subprocess "legacy-runtime" and needs no copy of this one.
return Bridge.Legacy.Engines.Process.WorkerProcess.Run(args);
