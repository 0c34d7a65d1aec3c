package dev.agentpods.server.http;

import dev.agentpods.server.auth.Authenticator;
import dev.agentpods.server.domain.ControlPlane;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The JAX-RS application: resources over one control plane, and the providers they rely on. */
public final class ApiApplication {

  private ApiApplication() {}

  public static ResourceConfig create(
      ControlPlane plane, Authenticator authenticator, String defaultOrg) {
    ResourceConfig config = new ResourceConfig();
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    // Only our JSON providers are used; skipping the XML/image/DataSource defaults also avoids a
    // warning about jakarta.activation, which is not on the class path.
    config.property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL");
    config.register(new RequestIdFilter());
    config.register(new BodySizeLimitFilter());
    config.register(new AuthFilter(authenticator, defaultOrg));
    config.register(new JsonBodyReader());
    config.register(new JsonBodyWriter());
    config.register(new ClientGoneInterceptor());
    for (Object mapper : ErrorMappers.all()) {
      config.register(mapper);
    }
    config.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bind(plane).to(ControlPlane.class);
      }
    });
    config.register(OrgsResource.class);
    config.register(OrgPodsResource.class);
    config.register(PodsV0Resource.class);
    config.register(RunnersResource.class);
    config.register(AgentsResource.class);
    config.register(AgentResource.class);
    config.register(MeResource.class);
    config.register(FleetResource.class);
    config.register(UsersResource.class);
    config.register(SquadsResource.class);
    config.register(ApprovalsResource.class);
    config.register(IssuesResource.class);
    return config;
  }
}
