namespace Bridge.Migration;

/// <summary>Hears every measurement a <see cref="LatencyRecorder"/> makes, as it makes it (telemetry exporters).</summary>
/// <remarks>Called on the recorder's (UI) thread with the event as it stands; keep it cheap and allocation-free.</remarks>
public interface ILatencyListener
{
    /// <summary>An event's response was committed; <see cref="LatencyEvent.CommittedMs"/> is set.</summary>
    void Committed(in LatencyEvent e);

    /// <summary>An event's response was presented (first present only); <see cref="LatencyEvent.PresentMs"/> and its
    /// stage times are final.</summary>
    void Presented(in LatencyEvent e);
}
