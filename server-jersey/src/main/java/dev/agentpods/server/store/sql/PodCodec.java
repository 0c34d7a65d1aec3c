package dev.agentpods.server.store.sql;

import com.squareup.moshi.JsonAdapter;
import dev.agentpods.json.ApiJson;
import dev.agentpods.runners.PodLaunch;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.PodRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A pod without its secrets in {@code data}: its environment variables and MCP configuration
 * (which hold the tokens a runner passes to the agent) are sealed under the server key, bound to
 * the pod's key, in {@code sealed}.
 */
final class PodCodec implements RecordCodec<PodRecord> {

  private static final JsonAdapter<PodRecord> JSON = ApiJson.strict().moshi().adapter(PodRecord.class);
  private static final String ENVIRONMENT = "environment_variables";
  private static final String MCP = "custom_mcp_config";

  @Override
  public Encoded encode(PodRecord pod, ServerKey key) {
    PodLaunch launch = pod.pod();
    PodRecord bare = pod.withPod(
        launch.withEnvironmentVariables(Map.of()).withCustomMcpConfig(Optional.empty()));
    String data = JSON.toJson(bare);
    if (launch.environmentVariables().isEmpty() && launch.customMcpConfig().isEmpty()) {
      return new Encoded(data, null);
    }
    Map<String, Object> secrets = new LinkedHashMap<>();
    secrets.put(ENVIRONMENT, launch.environmentVariables());
    launch.customMcpConfig().ifPresent(config -> secrets.put(MCP, config));
    byte[] plaintext = Json.ANY.toJson(secrets).getBytes(StandardCharsets.UTF_8);
    return new Encoded(data, key.seal(plaintext, associatedData(pod.key())));
  }

  @Override
  public PodRecord decode(String id, Encoded row, ServerKey key) {
    PodRecord bare = Json.read(JSON, row.data(), "pod " + id);
    if (row.sealed() == null) {
      return bare;
    }
    String what = "secrets of pod " + id;
    byte[] plaintext;
    try {
      plaintext = key.open(row.sealed(), associatedData(bare.key()));
    } catch (IllegalStateException e) {
      throw new IllegalStateException("the " + what + " do not open: " + e.getMessage());
    }
    Map<String, Object> secrets =
        Json.readObject(new String(plaintext, StandardCharsets.UTF_8), what);
    return bare.withPod(bare.pod()
        .withEnvironmentVariables(strings(secrets.get(ENVIRONMENT), what))
        .withCustomMcpConfig(Optional.ofNullable(object(secrets.get(MCP), what))));
  }

  /** Binds sealed bytes to their pod: copied to another row, they do not open. */
  private static byte[] associatedData(String podKey) {
    return ("agentpods pod secrets v1\n" + podKey).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> strings(Object value, String what) {
    Map<String, String> strings = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : object(value, what).entrySet()) {
      if (!(entry.getValue() instanceof String)) {
        throw new IllegalStateException("stored " + what + ": a variable is not a string");
      }
      strings.put(entry.getKey(), (String) entry.getValue());
    }
    return strings;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map)) {
      throw new IllegalStateException("stored " + what + " are not JSON objects");
    }
    return (Map<String, Object>) value;
  }
}
