using System.Reflection;
using System.Text;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Makes a request that cannot be parsed — a string field that is not UTF-8 (e.g. an encoded lone surrogate
/// <c>ED A0 80</c> sent by a non-.NET client), or bytes that are no protobuf message — answer INVALID_ARGUMENT.
/// Grpc.AspNetCore deserialises the request before any interceptor or handler runs and reports a parser exception as
/// UNKNOWN; the only hook in front of the parser is the method's request marshaller. So the generated services are
/// bound by this <see cref="IServiceMethodProvider{TService}"/>, which replaces Grpc.AspNetCore's default binder
/// provider and does what it does (calls the generated <c>BindService</c>, takes the metadata — authorisation
/// attributes included — from the service class and the method override), with the request marshaller wrapped.
/// </summary>
public sealed class StrictParsingServiceMethodProvider<TService> : IServiceMethodProvider<TService> where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        if (FindBindMethod(typeof(TService)) is not { } bind) return; // not a generated service: nothing to bind
        var serviceBase = bind.GetParameters()[1].ParameterType;
        bind.Invoke(null, [new Binder(context, serviceBase), null]);
    }

    private static MethodInfo? FindBindMethod(Type serviceType)
    {
        for (var type = serviceType; type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is not { } attribute) continue;
            return attribute.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .FirstOrDefault(m => m.Name == attribute.BindMethodName && m.GetParameters() is { Length: 2 } p && p[0].ParameterType == typeof(ServiceBinderBase));
        }
        return null;
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context, Type serviceBase) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(Strict(method), Metadata(method.Name, out var m, typeof(TRequest), typeof(ServerCallContext)),
                m.CreateDelegate<UnaryServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(Strict(method),
                Metadata(method.Name, out var m, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)),
                m.CreateDelegate<ClientStreamingServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(Strict(method),
                Metadata(method.Name, out var m, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)),
                m.CreateDelegate<ServerStreamingServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(Strict(method),
                Metadata(method.Name, out var m, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)),
                m.CreateDelegate<DuplexStreamingServerMethod<TService, TRequest, TResponse>>());

        /// <summary>The override of the generated virtual method and its endpoint metadata (class first, method last: the method wins).</summary>
        private List<object> Metadata(string name, out MethodInfo handler, params Type[] parameters)
        {
            handler = Override(name, parameters)
                ?? throw new InvalidOperationException($"{typeof(TService).Name} does not override {serviceBase.Name}.{name}");
            var metadata = new List<object>();
            metadata.AddRange(typeof(TService).GetCustomAttributes(inherit: true));
            metadata.AddRange(handler.GetCustomAttributes(inherit: true));
            metadata.Add(new HttpMethodMetadata(["POST"], acceptCorsPreflight: true));
            return metadata;
        }

        private MethodInfo? Override(string name, Type[] parameters)
        {
            for (var type = typeof(TService); type is not null; type = type.BaseType)
            {
                var candidate = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, null, parameters, null);
                if (candidate is null) return null;
                if (candidate.IsVirtual && candidate.GetBaseDefinition().DeclaringType == serviceBase) return candidate;
            }
            return null;
        }
    }

    private static Method<TRequest, TResponse> Strict<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var original = method.RequestMarshaller;
        var requestType = typeof(TRequest).Name;
        var marshaller = new Marshaller<TRequest>(original.ContextualSerializer, context =>
        {
            try
            {
                return original.ContextualDeserializer(context);
            }
            catch (DecoderFallbackException)
            {
                throw RequestGuard.Invalid($"{requestType}: a string field is not valid UTF-8 (protobuf strings must be UTF-8, without encoded surrogates)");
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw RequestGuard.Invalid($"{requestType} is not a valid protobuf message ({ex.Message})");
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller, method.ResponseMarshaller);
    }
}

public static class StrictRequestParsing
{
    /// <summary>
    /// Replaces Grpc.AspNetCore's default binder provider (registered by <c>AddGrpc</c>) with
    /// <see cref="StrictParsingServiceMethodProvider{TService}"/>. Fails at start when the default is not found, so a
    /// Grpc.AspNetCore upgrade that renames it cannot leave every method bound twice or unprotected.
    /// </summary>
    public static IServiceCollection AddStrictRequestParsing(this IServiceCollection services)
    {
        var defaults = services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType is { Name: "BinderServiceMethodProvider`1" }).ToList();
        if (defaults.Count == 0)
            throw new InvalidOperationException("Grpc.AspNetCore's BinderServiceMethodProvider was not found: call AddGrpc first, or review StrictRequestParsing after an upgrade");
        foreach (var descriptor in defaults) services.Remove(descriptor);
        services.AddSingleton(typeof(IServiceMethodProvider<>), typeof(StrictParsingServiceMethodProvider<>));
        return services;
    }
}
