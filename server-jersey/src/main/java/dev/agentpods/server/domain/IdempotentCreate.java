package dev.agentpods.server.domain;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.agents.Agent;
import dev.agentpods.agents.CreatedAgentKey;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.Issue;
import dev.agentpods.agents.PendingHire;
import dev.agentpods.agents.Share;
import dev.agentpods.agents.Squad;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.json.ApiJson;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.pods.NamedPod;
import dev.agentpods.pods.Pod;
import dev.agentpods.runners.Runner;
import dev.agentpods.server.auth.Caller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A create that honours an {@code Idempotency-Key}: its name, which is part of a key's scope,
 * and how its answer is written down to be given again. These are all of them; every other call
 * ignores the key.
 */
final class IdempotentCreate<T> {

  private static final ApiJson JSON = ApiJson.strict();

  static final IdempotentCreate<Pod> POD =
      new IdempotentCreate<>("pods.create", JSON.pods().podEnvelope());
  static final IdempotentCreate<NamedPod> NAMED_POD =
      new IdempotentCreate<>("pods.createNamed", JSON.pods().namedPod());
  static final IdempotentCreate<Runner> RUNNER =
      new IdempotentCreate<>("runners.register", JSON.runners().runnerEnvelope());
  static final IdempotentCreate<Org> ORG =
      new IdempotentCreate<>("orgs.create", JSON.orgs().orgEnvelope());
  static final IdempotentCreate<CreatedApiKey> API_KEY =
      new IdempotentCreate<>("orgs.createApiKey", JSON.orgs().createdApiKey());
  static final IdempotentCreate<Squad> SQUAD =
      new IdempotentCreate<>("squads.create", JSON.squads().squadEnvelope());
  static final IdempotentCreate<Issue> ISSUE =
      new IdempotentCreate<>("squads.createIssue", JSON.squads().issueEnvelope());
  static final IdempotentCreate<Agent> AGENT =
      new IdempotentCreate<>("agents.create", JSON.agents().agentEnvelope());
  static final IdempotentCreate<PendingHire> HIRE =
      new IdempotentCreate<>("agents.hire", JSON.agents().pendingHire());
  static final IdempotentCreate<CreatedAgentKey> AGENT_KEY =
      new IdempotentCreate<>("agents.createKey", JSON.agents().createdKey());
  static final IdempotentCreate<WorkspaceAgent> WORKSPACE_AGENT =
      new IdempotentCreate<>("agents.createWorkspace", JSON.workspaces().agent());
  static final IdempotentCreate<CreatedUser> USER =
      new IdempotentCreate<>("users.create", JSON.workspaces().createdUser());
  static final IdempotentCreate<Share> SHARE =
      new IdempotentCreate<>("agents.share", JSON.workspaces().shareEnvelope());
  static final IdempotentCreate<SshAccess> SSH_ACCESS =
      new IdempotentCreate<>("agents.sshAccess", JSON.workspaces().sshAccess());

  /** A plain Moshi for the canonical form: it writes maps and lists as they are iterated. */
  private static final JsonAdapter<Object> CANONICAL = new Moshi.Builder().build().adapter(Object.class);

  private final String name;
  private final JsonAdapter<T> response;

  private IdempotentCreate(String name, JsonAdapter<T> response) {
    this.name = name;
    this.response = response;
  }

  String name() {
    return name;
  }

  /** The answer as kept: the API's own JSON of it. */
  byte[] write(T answer) {
    return response.toJson(answer).getBytes(StandardCharsets.UTF_8);
  }

  T read(byte[] written) {
    try {
      return Objects.requireNonNull(response.fromJson(new String(written, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("a kept " + name + " answer does not read back", e);
    }
  }

  /** This create, made by {@code caller}; add its org and arguments. */
  Call<T> by(Caller caller) {
    return new Call<>(this, caller.principal());
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * One create with its arguments: who makes it, where, with what. The scope (caller, create,
   * org) says which key this is; the arguments say whether a repeat is the same request.
   */
  static final class Call<T> {
    private final IdempotentCreate<T> create;
    private final String principal;
    private String org = "";
    private final List<Object> arguments = new ArrayList<>();

    private Call(IdempotentCreate<T> create, String principal) {
      this.create = create;
      this.principal = principal;
    }

    /** For a call within one organization: a key used in another is another key. */
    Call<T> org(String org) {
      this.org = Objects.requireNonNull(org, "org");
      return this;
    }

    /** An argument from the path, such as the squad or the agent acted on. */
    Call<T> path(String argument) {
      arguments.add(argument);
      return this;
    }

    /** The request's body, as its JSON. */
    <P> Call<T> body(JsonAdapter<P> adapter, P params) {
      arguments.add(params == null ? null : adapter.toJsonValue(params));
      return this;
    }

    IdempotentCreate<T> create() {
      return create;
    }

    /** Caller, create and org, one per line (none of them can hold a line break). */
    String scope() {
      return principal + '\n' + create.name + '\n' + org;
    }

    /**
     * The arguments in one canonical form: their JSON with every object's keys sorted, so that
     * requests equal as values are equal here whatever order a map was given in.
     */
    byte[] canonicalArguments() {
      return CANONICAL.toJson(sorted(arguments)).getBytes(StandardCharsets.UTF_8);
    }

    private static Object sorted(Object json) {
      if (json instanceof Map) {
        Map<String, Object> keys = new TreeMap<>();
        ((Map<?, ?>) json).forEach((key, value) -> keys.put(String.valueOf(key), sorted(value)));
        return keys;
      }
      if (json instanceof List) {
        return ((List<?>) json).stream().map(Call::sorted).collect(Collectors.toList());
      }
      return json;
    }
  }
}
