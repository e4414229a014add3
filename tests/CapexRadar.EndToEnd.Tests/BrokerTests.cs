using CapexRadar.AppHost.Hosting;

using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.EndToEnd.Tests;

/// <remarks>Abstract: runs once per storage mode (<see cref="BrokerTestsOnSqlite"/>, <see cref="BrokerTestsOnPostgres"/> in StorageModes.cs).</remarks>
public abstract class BrokerTests(CapexRadarAppFixture fixture)
{
    [Fact]
    public async Task Broker_is_healthy_and_answers_amqp_on_the_connection_string_it_gives_the_services()
    {
        var connectionString = await fixture.App.GetConnectionStringAsync("messaging");
        Assert.NotNull(connectionString);
        var uri = new Uri(connectionString);
        Assert.Equal("amqp", uri.Scheme);

        var (ok, detail) = await AmqpProbe.ProbeAsync(uri.Host, uri.Port, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.True(ok, detail);
    }

    [Fact]
    public void Private_broker_keeps_its_state_under_the_configured_data_directory()
    {
        var model = fixture.App.Services.GetRequiredService<DistributedApplicationModel>();
        if (model.Resources.OfType<RabbitMqProcessResource>().SingleOrDefault() is not { } broker)
        {
            return; // a container or external broker was chosen on this machine
        }

        Assert.StartsWith(fixture.DataDirectory, broker.StateDirectory, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(broker.StateDirectory, "mnesia")));
    }
}
