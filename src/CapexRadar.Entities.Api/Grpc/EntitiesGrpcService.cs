using CapexRadar.Entities.Api.Messaging;
using System.Text.Json;
using CapexRadar.Domain;
using CapexRadar.Entities.Api.Data;
using CapexRadar.Entities.Extraction;
using CapexRadar.Protos;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Grpc;

public sealed class EntitiesGrpcService(EntitiesDbContext db, CompanyKnowledgeBase knowledgeBase, ILogger<EntitiesGrpcService> logger,
    KnowledgeBaseFanout? fanout = null) : EntitiesService.EntitiesServiceBase
{
    [RequireScope(Scopes.Read)]
    public override async Task<GetEntitiesResponse> GetEntities(GetEntitiesRequest request, ServerCallContext context)
    {
        var id = RequestGuard.AnnouncementId(request.AnnouncementId);
        var stored = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no entities for announcement '{id}' (unknown or not processed yet)"));
        var entities = JsonSerializer.Deserialize<EntitySet>(stored.EntitiesJson, HostingExtensions.StorageJson) ?? EntitySet.Empty;
        var response = new GetEntitiesResponse { AnnouncementId = id, AnnouncerId = entities.AnnouncerId ?? "", TraceId = stored.TraceId };
        response.Organizations.AddRange(entities.Organizations.Select(o => o.ToProto()));
        response.People.AddRange(entities.People.Select(p => p.ToProto()));
        response.Locations.AddRange(entities.Locations.Select(l => l.ToProto()));
        return response;
    }

    [RequireScope(Scopes.Read)]
    public override Task<ResolveCompanyResponse> ResolveCompany(ResolveCompanyRequest request, ServerCallContext context)
    {
        var query = RequestGuard.Required(request.Query, "query");
        var company = knowledgeBase.Resolve(query)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no company matches '{query}'"));
        return Task.FromResult(new ResolveCompanyResponse { Company = CompanyMapping.ToProto(company) });
    }

    [RequireScope(Scopes.Read)]
    public override Task<GetCompanyResponse> GetCompany(GetCompanyRequest request, ServerCallContext context)
    {
        var id = RequestGuard.Required(request.CompanyId, "company_id");
        var company = knowledgeBase.Get(id)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no company with id '{id}'"));
        return Task.FromResult(new GetCompanyResponse { Company = CompanyMapping.ToProto(company) });
    }

    [RequireScope(Scopes.Read)]
    public override Task<SearchCompaniesResponse> SearchCompanies(SearchCompaniesRequest request, ServerCallContext context)
    {
        var query = RequestGuard.Required(request.Query, "query");
        var limit = RequestGuard.Limit(request.Limit, 20, 100);
        var offset = Paging.Offset("companies", request.PageToken);
        // one more than the page shows whether a next page exists
        var found = knowledgeBase.Search(query, offset + limit + 1);
        var response = new SearchCompaniesResponse();
        response.Companies.AddRange(found.Skip(offset).Take(limit).Select(CompanyMapping.ToProto));
        if (found.Count > offset + limit && offset + limit <= Paging.MaxOffset) response.NextPageToken = Paging.OffsetToken("companies", offset + limit);
        return Task.FromResult(response);
    }

    [RequireScope(Scopes.KbWrite)]
    public override async Task<UpsertCompanyResponse> UpsertCompany(UpsertCompanyRequest request, ServerCallContext context)
    {
        var record = CompanyMapping.ToRecord(request.Company ?? throw RequestGuard.Invalid("company is required"));
        new CompanyWriteGuard(knowledgeBase).Check(record, request.TakeOverAliases, request.OverrideShipped);
        var created = knowledgeBase.Get(record.Id) is null;
        var caller = context.GetHttpContext().User.FindFirst("sub")?.Value ?? "unknown";
        var now = DateTimeOffset.UtcNow;
        var json = JsonSerializer.Serialize(record, HostingExtensions.StorageJson);
        var row = await db.CompanyOverrides.FirstOrDefaultAsync(c => c.CompanyId == record.Id, context.CancellationToken);
        if (row is null) db.CompanyOverrides.Add(new CompanyOverride { CompanyId = record.Id, RecordJson = json, UpdatedAt = now });
        else { row.RecordJson = json; row.UpdatedAt = now; }
        var action = created ? "created" : request.OverrideShipped ? "override-shipped" : "updated";
        db.CompanyChanges.Add(new CompanyChange
        {
            Id = Guid.CreateVersion7().ToString("n"), CompanyId = record.Id, ChangedBy = caller,
            ChangedAt = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture), Action = action, RecordJson = json,
        });
        await db.SaveChangesAsync(context.CancellationToken); // persist first: an override is never only in memory
        knowledgeBase.Upsert(record);
        if (fanout is not null) await fanout.PublishAsync(json, context.CancellationToken); // the other replicas' knowledge bases
        logger.LogInformation("Knowledge base: company {CompanyId} {Action} by {Caller}", record.Id, action, caller);
        return new UpsertCompanyResponse { Company = CompanyMapping.ToProto(knowledgeBase.Get(record.Id) ?? record), Created = created };
    }
}
