package dev.agentpods.bench.throughput;

import dev.agentpods.server.http.GuardedHttpHandler;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The throughput baseline: Jersey on Grizzly, started the way {@code AgentPodsServer} starts
 * them (one {@link NetworkListener} with Grizzly's default worker pool, Jersey behind
 * {@link GuardedHttpHandler} at the root), serving one resource that answers {@code GET
 * /constant} with the same JSON bytes every time: no authentication, no store, no JSON mapping.
 */
final class ConstantJsonServer implements AutoCloseable {

  static final String PATH = "/constant";

  /** One constant answer; a singleton instance, so the bytes are given once. */
  @Path(PATH)
  public static final class ConstantResource {
    private final byte[] json;

    ConstantResource(byte[] json) {
      this.json = json.clone();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
      return json;
    }
  }

  private final HttpServer http;
  private final URI baseUri;

  private ConstantJsonServer(HttpServer http, URI baseUri) {
    this.http = http;
    this.baseUri = baseUri;
  }

  /** Starts on a free loopback port, answering {@code json}. */
  static ConstantJsonServer start(byte[] json) {
    NetworkListener listener = new NetworkListener("constant-json", "127.0.0.1", 0);
    HttpServer http = new HttpServer();
    http.addListener(listener);
    http.getServerConfiguration().addHttpHandler(
        new GuardedHttpHandler(new ResourceConfig().registerInstances(new ConstantResource(json))),
        HttpHandlerRegistration.ROOT);
    try {
      http.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the baseline server", e);
    }
    return new ConstantJsonServer(http, URI.create("http://127.0.0.1:" + listener.getPort()));
  }

  URI baseUri() {
    return baseUri;
  }

  @Override
  public void close() {
    http.shutdownNow();
  }
}
