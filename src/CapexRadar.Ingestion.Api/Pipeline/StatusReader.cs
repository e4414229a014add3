using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Protos.Ingestion.V1;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>Reads an announcement's pipeline status from the stage records.</summary>
public sealed class StatusReader(IngestionDbContext db)
{
    public async Task<AnnouncementStatus?> ReadAsync(string announcementId, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null) return null;
        var stages = await db.Stages.AsNoTracking().Where(s => s.AnnouncementId == announcementId).ToListAsync(cancellationToken);
        return Compose(announcement, stages);
    }

    /// <summary>
    /// Each stage row holds that stage's latest outcome (a later success supersedes a failure): the announcement is
    /// complete once capex and market succeeded, failed while any stage's latest outcome is a failure.
    /// </summary>
    public static AnnouncementStatus Compose(Announcement announcement, IReadOnlyCollection<StageRecord> stages)
    {
        var ordered = stages.OrderBy(s => s.At).ThenBy(s => s.Id).ToList();
        var status = new AnnouncementStatus { AnnouncementId = announcement.Id, TraceId = announcement.TraceId };
        status.Events.AddRange(ordered.Select(s => StageNames.ToEvent(s.AnnouncementId, s.Stage, s.At, s.Detail, s.Failed, s.Attempts)));
        var current = CurrentStage(ordered);
        var failure = ordered.LastOrDefault(s => s.Failed);
        if (current != Stage.Complete && failure is not null)
        {
            status.Stage = Stage.Failed;
            status.FailedStage = StageNames.ToStage(failure.Stage);
            status.FailureReason = failure.Detail;
        }
        else
        {
            status.Stage = current;
        }
        return status;
    }

    public static Stage CurrentStage(IReadOnlyCollection<StageRecord> stages)
    {
        bool Has(string name) => stages.Any(s => s.Stage == name && !s.Failed);
        if (Has(StageNames.Complete)) return Stage.Complete;
        if (Has(StageNames.Capex) && Has(StageNames.Market)) return Stage.Complete;
        if (Has(StageNames.Market)) return Stage.Market;
        if (Has(StageNames.Capex)) return Stage.Capex;
        if (Has(StageNames.Entities)) return Stage.Entities;
        return stages.Count > 0 ? Stage.Received : Stage.Unspecified;
    }
}
