using System.Runtime.InteropServices;

namespace Bridge.Cli.Running;

/// <summary>Turns SIGINT (Ctrl-C) and SIGTERM into a cancellation the run checks at its next frame, so it can write a report
/// marked interrupted instead of ending at once.</summary>
/// <remarks>A second signal while the run is stopping ends the program as usual.</remarks>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    /// <summary>Signalled when the program was asked to end.</summary>
    public CancellationToken Token => _stop.Token;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_stop.IsCancellationRequested)
        {
            return; // the second signal: let the runtime end the process
        }
        context.Cancel = true;
        _stop.Cancel();
    }
}
