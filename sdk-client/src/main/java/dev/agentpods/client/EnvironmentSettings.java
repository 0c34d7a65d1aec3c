package dev.agentpods.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import okhttp3.HttpUrl;

/**
 * The client settings found in environment variables and system properties, read and checked
 * once; {@link AgentPodsClient.Builder#fromEnv()} applies them. The table of variables is in
 * {@link AgentPodsClient}'s documentation. A system property beats its variable; a value is
 * stripped of surrounding white space, and an empty one counts as not set.
 *
 * <p>An error names the variable or property at fault, never a credential's value.
 */
final class EnvironmentSettings {

  static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
  /** OkHttp takes a timeout of at most {@link Integer#MAX_VALUE} milliseconds. */
  private static final long MAX_TIMEOUT_SECONDS = Integer.MAX_VALUE / 1000;

  /** One setting: its environment variable and the system property that beats it. */
  private record Source(String variable, String property) {}

  private static final Source BASE_URL = new Source("AGENTPODS_BASE_URL", "agentpods.baseUrl");
  private static final Source API_KEY = new Source("AGENTPODS_API_KEY", "agentpods.apiKey");
  private static final Source TOKEN = new Source("AGENTPODS_TOKEN", "agentpods.token");
  private static final Source ORG = new Source("AGENTPODS_ORG", "agentpods.org");
  private static final Source LOG = new Source("AGENTPODS_LOG", "agentpods.log");
  private static final Source TIMEOUT = new Source("AGENTPODS_TIMEOUT", "agentpods.timeout");

  /** A value and where it came from, to name in an error. */
  private record Found(String value, String origin) {}

  private final Optional<String> baseUrl;
  private final Optional<Credential> credential;
  private final Optional<String> org;
  private final Optional<LogLevel> logLevel;
  private final Optional<Duration> callTimeout;

  private EnvironmentSettings(Map<String, String> environment, Properties properties) {
    this.baseUrl = find(BASE_URL, environment, properties).map(EnvironmentSettings::baseUrl);
    this.credential = credential(
        find(API_KEY, environment, properties), find(TOKEN, environment, properties));
    this.org = find(ORG, environment, properties).map(Found::value);
    this.logLevel = find(LOG, environment, properties).map(EnvironmentSettings::logLevel);
    this.callTimeout = find(TIMEOUT, environment, properties).map(EnvironmentSettings::timeout);
  }

  /**
   * @throws IllegalArgumentException naming the setting whose value is not valid
   * @throws IllegalStateException if both an API key and a token are set
   */
  static EnvironmentSettings read(Map<String, String> environment, Properties properties) {
    return new EnvironmentSettings(environment, properties);
  }

  Optional<String> baseUrl() {
    return baseUrl;
  }

  Optional<Credential> credential() {
    return credential;
  }

  Optional<String> org() {
    return org;
  }

  Optional<LogLevel> logLevel() {
    return logLevel;
  }

  /** The limit for a whole call; {@link Duration#ZERO} for none. */
  Optional<Duration> callTimeout() {
    return callTimeout;
  }

  private static Optional<Found> find(Source source, Map<String, String> environment,
      Properties properties) {
    String property = properties.getProperty(source.property());
    if (property != null && !property.isBlank()) {
      return Optional.of(new Found(property.strip(), "system property " + source.property()));
    }
    String variable = environment.get(source.variable());
    if (variable != null && !variable.isBlank()) {
      return Optional.of(new Found(variable.strip(), source.variable()));
    }
    return Optional.empty();
  }

  private static String baseUrl(Found found) {
    // Not quoted: a URL may hold a password.
    if (HttpUrl.parse(found.value()) == null) {
      throw new IllegalArgumentException(found.origin()
          + " is not an http or https URL; expected one such as " + DEFAULT_BASE_URL);
    }
    return found.value();
  }

  private static Optional<Credential> credential(Optional<Found> apiKey, Optional<Found> token) {
    if (apiKey.isPresent() && token.isPresent()) {
      throw new IllegalStateException("both " + apiKey.get().origin() + " and "
          + token.get().origin() + " are set: the client authenticates with one credential,"
          + " so unset one of them");
    }
    try {
      return apiKey.map(found -> Credential.apiKey(found.value()))
          .or(() -> token.map(found -> Credential.bearerToken(found.value())));
    } catch (IllegalArgumentException e) {
      // Credential's message describes the fault without the value.
      String origin = apiKey.or(() -> token).orElseThrow().origin();
      throw new IllegalArgumentException(origin + " is not a usable credential: " + e.getMessage(), e);
    }
  }

  private static LogLevel logLevel(Found found) {
    try {
      return LogLevel.valueOf(found.value().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(found.origin() + " is '" + found.value()
          + "'; expected none, basic, headers or body", e);
    }
  }

  private static Duration timeout(Found found) {
    long seconds;
    try {
      seconds = Long.parseLong(found.value());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
      throw new IllegalArgumentException(found.origin() + " is '" + found.value()
          + "'; expected whole seconds from 0 (no limit) to " + MAX_TIMEOUT_SECONDS);
    }
    return Duration.ofSeconds(seconds);
  }
}
