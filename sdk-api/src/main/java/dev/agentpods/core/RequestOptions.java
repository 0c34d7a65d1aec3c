package dev.agentpods.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of one call, layered over the client's: what is set here wins, what is not keeps the
 * client's value. Every API method has an overload that takes them last.
 *
 * <pre>{@code
 * pods.create(params, RequestOptions.builder()
 *     .idempotencyKey("nightly-build-42")
 *     .timeout(Duration.ofSeconds(5))
 *     .maxRetries(0)
 *     .build());
 * }</pre>
 *
 * <p>Over HTTP all of them apply. In-process (the reference server's own implementation) only the
 * idempotency key means something: there is no transport to time out, retry or add headers to.
 *
 * <p>Immutable and validated when built.
 */
public final class RequestOptions {

  /** What an idempotency key may be: printable ASCII without spaces, as a header value carries it. */
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  /** An HTTP header name (RFC 9110 token). */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
  /**
   * Headers the client sets itself: a per-call header cannot change who the caller is, which org
   * a v0 call acts on, or which call a retry belongs to.
   */
  private static final Set<String> RESERVED_HEADERS = Set.of(
      "authorization", "x-api-key", "x-agentpods-org", "idempotency-key", "content-type",
      "content-length", "host", "cookie");

  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final String idempotencyKey;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.idempotencyKey = builder.idempotencyKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** No per-call settings: the client's apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Only an idempotency key: the most common per-call setting. */
  public static RequestOptions idempotencyKey(String key) {
    return builder().idempotencyKey(key).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, to change some of them. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.maxRetries = maxRetries;
    builder.idempotencyKey = idempotencyKey;
    builder.headers.putAll(headers);
    return builder;
  }

  /** The limit for the whole call, each attempt included; empty for the client's. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** How many times a failed attempt may be retried; empty for the client's. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /**
   * The key that makes a create safe to repeat: the server answers a repeat with the first
   * answer. Empty for one the client generates.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Headers added to the request, in the order given. */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@code this} over {@code defaults}: each setting made here wins, headers of both are sent. */
  public RequestOptions over(RequestOptions defaults) {
    Builder merged = defaults.toBuilder();
    if (timeout != null) {
      merged.timeout = timeout;
    }
    if (maxRetries != null) {
      merged.maxRetries = maxRetries;
    }
    if (idempotencyKey != null) {
      merged.idempotencyKey = idempotencyKey;
    }
    headers.forEach(merged::header);
    return merged.build();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RequestOptions)) {
      return false;
    }
    RequestOptions that = (RequestOptions) other;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(maxRetries, that.maxRetries)
        && Objects.equals(idempotencyKey, that.idempotencyKey)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, maxRetries, idempotencyKey, headers);
  }

  /**
   * Header values and the idempotency key are left out: a header may carry a secret, and the key
   * opens the server's stored answer to the create, which may hold one.
   */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", idempotencyKey=" + (idempotencyKey == null ? null : "(set)")
        + ", headers=" + headers.keySet() + "}";
  }

  /** Settings of one call; every one is optional. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** The limit for the whole call, retries and their waits included; positive. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** How many retries a failed attempt may get: 0 for none. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, not " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** 1 to 255 printable ASCII characters without spaces, unique per intended create. */
    public Builder idempotencyKey(String idempotencyKey) {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
        throw new IllegalArgumentException(
            "an idempotency key is 1 to 255 printable ASCII characters without spaces");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Adds a header, replacing one of the same name given before. The client's own headers
     * ({@code Authorization}, {@code X-API-Key}, {@code Idempotency-Key}, ...) cannot be set here.
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!HEADER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("'" + name + "' is not a header name");
      }
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(name + " is set by the client, not per call");
      }
      if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
        throw new IllegalArgumentException("the value of " + name + " has a control character");
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
