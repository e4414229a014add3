using CapexRadar.AppHost.Hosting;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>CapexRadar:ServiceRuntime: runtime knobs the AppHost passes to every service, DOTNET_* names only.</summary>
public sealed class ServiceRuntimeSettingsTests
{
    [Fact]
    public void Runtime_settings_are_parsed_and_only_DOTNET_names_are_accepted()
    {
        Assert.Empty(ServiceExtensions.RuntimeSettings(null));
        Assert.Empty(ServiceExtensions.RuntimeSettings(" ; "));
        Assert.Equal([("DOTNET_GCConserveMemory", "5"), ("DOTNET_GCHeapHardLimit", "0x6000000")],
            ServiceExtensions.RuntimeSettings("DOTNET_GCConserveMemory=5; DOTNET_GCHeapHardLimit = 0x6000000;"));
        foreach (var refused in new[] { "ConnectionStrings__messaging=amqp://x", "DOTNET_=1", "DOTNET_GCgen0size", "=1", "DOTNET_A-B=1" })
            Assert.Throws<InvalidOperationException>(() => ServiceExtensions.RuntimeSettings(refused));
    }
}
