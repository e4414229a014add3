using CapexRadar.Contracts;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf.WellKnownTypes;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>Stage names as stored, and their API enum.</summary>
public static class StageNames
{
    public const string Received = "received";
    public const string Entities = PipelineStages.Entities;
    public const string Capex = PipelineStages.Capex;
    public const string Market = PipelineStages.Market;
    public const string Complete = "complete";

    public static Stage ToStage(string name) => name switch
    {
        Received => Stage.Received,
        Entities => Stage.Entities,
        Capex => Stage.Capex,
        Market => Stage.Market,
        Complete => Stage.Complete,
        _ => Stage.Unspecified,
    };

    public static StageEvent ToEvent(string announcementId, string stage, DateTimeOffset at, string detail, bool failed = false, int attempts = 1) => new()
    {
        Attempts = attempts,
        AnnouncementId = announcementId,
        Stage = failed ? Stage.Failed : ToStage(stage),
        At = Timestamp.FromDateTimeOffset(at),
        Detail = failed ? $"{stage} failed: {detail}" : detail,
    };
}
