using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

/// <summary>The application's own trace source and meter, shared by every service.</summary>
public static class CapexRadarTelemetry
{
    public const string ActivitySourceName = "CapexRadar";
    public const string MeterName = "CapexRadar";
    public const string AnnouncementIdTag = "capexradar.announcement.id";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> AnnouncementsIngested =
        Meter.CreateCounter<long>("capexradar.announcements.ingested", description: "Announcements accepted by Ingestion (duplicates excluded).");

    public static readonly Counter<long> AnnouncementsDuplicate =
        Meter.CreateCounter<long>("capexradar.announcements.duplicate", description: "Ingest calls answered with duplicate_of.");

    public static readonly Counter<long> StageFailures =
        Meter.CreateCounter<long>("capexradar.stage.failures", description: "Pipeline stages that failed, by stage.");

    public static readonly Histogram<double> StageLatency =
        Meter.CreateHistogram<double>("capexradar.stage.duration", unit: "ms", description: "Time to process one pipeline stage.");

    /// <summary>Starts a span for one extraction step, tagged with the announcement id.</summary>
    public static Activity? StartStage(string name, string announcementId)
    {
        var activity = ActivitySource.StartActivity(name);
        activity?.SetTag(AnnouncementIdTag, announcementId);
        return activity;
    }

    /// <summary>The current trace id (W3C hex), or empty outside a trace.</summary>
    public static string CurrentTraceId => Activity.Current?.TraceId.ToHexString() ?? "";
}
