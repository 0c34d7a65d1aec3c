package dev.agentpods.bench.client;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The baseline of the client benchmark: what a user would write with OkHttp and Moshi alone to
 * get and create a pod. It does the work the SDK's answer stands for, and nothing more: the same
 * headers (credential, {@code Accept}, {@code User-Agent}, an {@code Idempotency-Key} on a
 * create), the same JSON body, the status checked, and the answer parsed into a small class.
 * Its OkHttp client has the SDK's connection settings: no redirects, the same timeouts.
 */
final class RawPodsClient implements AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  /** The SDK's own, so that both send as many bytes. */
  private static final String USER_AGENT = "agentpods-java/0.1.0";
  private static final Moshi MOSHI = new Moshi.Builder().build();

  /** What the baseline reads of a pod: enough to check the answer, as a user's code would. */
  static final class PodView {
    String key;
    String status;
    @Json(name = "runner_id")
    String runnerId;
  }

  /** {@code {"pod": {...}}}, the envelope of a get's and a create's answer. */
  static final class PodEnvelope {
    PodView pod;
  }

  /** The body of a create: the SDK's fields (Moshi writes them in alphabetical order). */
  static final class CreateBody {
    @Json(name = "runner_id")
    String runnerId;
    @Json(name = "agent_type_id")
    String agentTypeId;
    @Json(name = "initial_prompt")
    String initialPrompt;
    @Json(name = "sandbox_type")
    String sandboxType;
    @Json(name = "environment_variables")
    Map<String, String> environmentVariables;
  }

  private static final JsonAdapter<PodEnvelope> ENVELOPE = MOSHI.adapter(PodEnvelope.class);
  private static final JsonAdapter<CreateBody> CREATE_BODY = MOSHI.adapter(CreateBody.class);

  private final OkHttpClient http;
  private final HttpUrl pods;
  private final String authorization;

  /**
   * @param baseUrl the server
   * @param org the organization whose pods are reached
   * @param bearerToken sent as {@code Authorization: Bearer}, as the SDK sends it
   */
  RawPodsClient(String baseUrl, String org, String bearerToken) {
    this.http = new OkHttpClient.Builder()
        .followRedirects(false)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .build();
    this.pods = HttpUrl.get(baseUrl).newBuilder()
        .addPathSegments("api/v1/ext/orgs").addPathSegment(org).addPathSegment("pods").build();
    this.authorization = "Bearer " + bearerToken;
  }

  /** The JSON a create sends; the benchmark's test compares it with the SDK's. */
  static String createJson(CreateBody body) {
    return CREATE_BODY.toJson(body);
  }

  PodView get(String key) {
    Request request = request(pods.newBuilder().addPathSegment(key).build()).get().build();
    return send(request, 200);
  }

  PodView create(CreateBody body, String idempotencyKey) {
    Request request = request(pods)
        .header("Idempotency-Key", idempotencyKey)
        .post(RequestBody.create(CREATE_BODY.toJson(body), JSON))
        .build();
    return send(request, 201);
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT)
        .header("Authorization", authorization);
  }

  private PodView send(Request request, int expectedStatus) {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (response.code() != expectedStatus) {
        throw new IllegalStateException(request.method() + " " + request.url().encodedPath()
            + " answered " + response.code() + ": " + (body == null ? "" : body.string()));
      }
      PodEnvelope envelope = body == null ? null : ENVELOPE.fromJson(body.source());
      if (envelope == null || envelope.pod == null || envelope.pod.key == null) {
        throw new IllegalStateException(request.method() + " " + request.url().encodedPath()
            + " answered " + expectedStatus + " without a pod");
      }
      return envelope.pod;
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.url().encodedPath(), e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
