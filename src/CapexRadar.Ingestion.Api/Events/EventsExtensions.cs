using CapexRadar.Capex.Extraction;
using CapexRadar.Entities.Extraction;
using CapexRadar.Events;
using CapexRadar.ServiceHosting;
using Microsoft.Extensions.Options;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>Event clustering, GetEvent and the WatchFacts feed, hosted by Ingestion (which owns status and watch streams).</summary>
public static class EventsExtensions
{
    public static IHostApplicationBuilder AddIngestionEvents(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext, SqliteEventsDbContext, PostgresEventsDbContext>("eventsdb");
        // Thresholds from "CapexRadar:Events" (defaults in EventOptions), validated at start.
        builder.Services.AddOptions<EventOptions>().Bind(builder.Configuration.GetSection(EventOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        // Parents and names come from the shipped knowledge base (units and brands roll up to them; unknown names resolve).
        builder.Services.AddSingleton(sp =>
        {
            var kb = CompanyKnowledgeBase.LoadDefault();
            return new EventClusterer(FxTable.Default, id => kb.Get(id)?.Parent, sp.GetRequiredService<IOptions<EventOptions>>().Value,
                resolveName: name => kb.Resolve(name)?.Id, countryOf: id => kb.Get(id)?.Country);
        });
        builder.Services.AddSingleton<FeedNotifier>();
        builder.Services.AddSingleton<EventClustering>();
        builder.Services.AddScoped<ReceivedFacts>();
        builder.Services.AddScoped<GrpcAnnouncementFactsSource>();
        builder.Services.AddScoped<IAnnouncementFactsSource, MessageAnnouncementFactsSource>();
        return builder;
    }
}
