namespace CapexRadar.Capex.Api;

/// <summary>Marks this service's assembly (its entry point) for <c>WebApplicationFactory</c> in functional tests.</summary>
public sealed class CapexApi;
