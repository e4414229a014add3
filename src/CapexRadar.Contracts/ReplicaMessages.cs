namespace CapexRadar.Contracts;

// Fan-out between replicas of one service (published only when Messaging:FanOut is on, i.e. with more than one
// replica). Every replica receives each message on a temporary queue of its own and ignores its own (Origin).

/// <summary>Stage events one Ingestion replica recorded, for the WatchAnnouncement streams of the others.</summary>
/// <param name="Events">Each a protobuf-encoded <c>capexradar.ingestion.v1.StageEvent</c>.</param>
public sealed record StageEventsRecorded(string Origin, IReadOnlyList<byte[]> Events);

/// <summary>Feed entries one Ingestion replica committed, for the WatchFacts streams of the others.</summary>
public sealed record FeedEntriesAppended(string Origin, IReadOnlyList<FeedEntryNote> Entries);

public sealed record FeedEntryNote(long Sequence, string EventId, string AnnouncementId, string? FollowsEventId, string FactType,
    string FactJson, DateTimeOffset At);

/// <summary>A knowledge-base write one Entities replica stored, for the in-memory knowledge bases of the others.</summary>
/// <param name="RecordJson">The <c>CompanyRecord</c> as stored in <c>CompanyOverrides</c>.</param>
public sealed record CompanyUpserted(string Origin, string RecordJson);
