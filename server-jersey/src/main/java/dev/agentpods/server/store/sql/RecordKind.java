package dev.agentpods.server.store.sql;

import dev.agentpods.agents.Approval;
import dev.agentpods.orgs.Org;
import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.AgentKeyRecord;
import dev.agentpods.server.store.AgentRecord;
import dev.agentpods.server.store.ApiKeyRecord;
import dev.agentpods.server.store.IdempotencyRecord;
import dev.agentpods.server.store.IssueRecord;
import dev.agentpods.server.store.PodRecord;
import dev.agentpods.server.store.ReplicaTransaction;
import dev.agentpods.server.store.RunnerRecord;
import dev.agentpods.server.store.SquadRecord;
import dev.agentpods.server.store.StoreTransaction;
import dev.agentpods.server.store.UserRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One kind of record and everything the SQL store does with it: its name in {@code changes},
 * its table, its id, the natural columns that carry the table's unique constraints, its codec,
 * and how a replica puts or deletes it. {@link #ALL} lists every kind, in one place: a table
 * left out of it would be neither loaded nor reset.
 */
final class RecordKind<R> {

  static final RecordKind<Org> ORG = new RecordKind<>(
      "org", "orgs", Org::slug, RecordCodec.json(Org.class), false,
      List.of(), StoreTransaction::insertOrg, null);

  static final RecordKind<ApiKeyRecord> API_KEY = new RecordKind<>(
      "api_key", "api_keys", key -> String.valueOf(key.apiKey().id()),
      RecordCodec.json(ApiKeyRecord.class), false,
      List.of(new Column<>("secret_hash", ApiKeyRecord::secretHash)),
      StoreTransaction::putApiKey, null);

  static final RecordKind<RunnerRecord> RUNNER = new RecordKind<>(
      "runner", "runners", runner -> String.valueOf(runner.id()),
      RecordCodec.json(RunnerRecord.class), false,
      List.of(new Column<>("uuid", RunnerRecord::uuid)),
      StoreTransaction::putRunner, (tx, id) -> tx.deleteRunner(Long.parseLong(id)));

  static final RecordKind<PodRecord> POD = new RecordKind<>(
      "pod", "pods", PodRecord::key, new PodCodec(), true,
      List.of(new Column<>("org", PodRecord::org),
          new Column<>("client_id", pod -> pod.pod().clientId().orElse(null))),
      StoreTransaction::putPod, StoreTransaction::deletePod);

  static final RecordKind<SquadRecord> SQUAD = new RecordKind<>(
      "squad", "squads", SquadRecord::id, RecordCodec.json(SquadRecord.class),
      false, List.of(new Column<>("issue_prefix", squad -> squad.squad().issuePrefix())),
      StoreTransaction::putSquad, null);

  static final RecordKind<AgentRecord> AGENT = new RecordKind<>(
      "agent", "agents", AgentRecord::id, RecordCodec.json(AgentRecord.class),
      false, List.of(new Column<>("name", AgentRecord::name)),
      StoreTransaction::putAgent, StoreTransaction::deleteAgent);

  static final RecordKind<Approval> APPROVAL = new RecordKind<>(
      "approval", "approvals", Approval::id, RecordCodec.json(Approval.class),
      false, List.of(), StoreTransaction::putApproval, null);

  static final RecordKind<AgentKeyRecord> AGENT_KEY = new RecordKind<>(
      "agent_key", "agent_keys", key -> key.key().id(),
      RecordCodec.json(AgentKeyRecord.class), false,
      List.of(new Column<>("secret_hash", AgentKeyRecord::secretHash)),
      StoreTransaction::putAgentKey, StoreTransaction::deleteAgentKey);

  static final RecordKind<IssueRecord> ISSUE = new RecordKind<>(
      "issue", "issues", issue -> issue.issue().id(),
      RecordCodec.json(IssueRecord.class), false, List.of(), StoreTransaction::putIssue, null);

  static final RecordKind<UserRecord> USER = new RecordKind<>(
      "user", "users", user -> user.email().toLowerCase(Locale.ROOT),
      RecordCodec.json(UserRecord.class), false,
      List.of(new Column<>("token_hash", user -> user.tokenHash().orElse(null))),
      StoreTransaction::putUser, null);

  static final RecordKind<IdempotencyRecord> IDEMPOTENCY_RECORD = new RecordKind<>(
      "idempotency_record", "idempotency_records",
      IdempotencyRecord::id, new IdempotencyCodec(), true, List.of(),
      StoreTransaction::putIdempotencyRecord, ReplicaTransaction::deleteIdempotencyRecord);

  static final List<RecordKind<?>> ALL = List.of(
      ORG, API_KEY, RUNNER, POD, SQUAD, AGENT, APPROVAL, AGENT_KEY, ISSUE, USER,
      IDEMPOTENCY_RECORD);

  private static final Map<String, RecordKind<?>> BY_NAME =
      ALL.stream().collect(Collectors.toMap(kind -> kind.name, kind -> kind));

  /** What the {@code kind} column of {@code changes} says. */
  final String name;
  final String table;
  final boolean hasSealedColumn;
  final List<Column<R>> columns;
  private final Function<R, String> id;
  private final RecordCodec<R> codec;
  private final BiConsumer<ReplicaTransaction, R> put;
  private final BiConsumer<ReplicaTransaction, String> delete;

  private RecordKind(
      String name,
      String table,
      Function<R, String> id,
      RecordCodec<R> codec,
      boolean hasSealedColumn,
      List<Column<R>> columns,
      BiConsumer<ReplicaTransaction, R> put,
      BiConsumer<ReplicaTransaction, String> delete) {
    this.name = name;
    this.table = table;
    this.id = id;
    this.codec = codec;
    this.hasSealedColumn = hasSealedColumn;
    this.columns = columns;
    this.put = put;
    this.delete = delete;
  }

  static Optional<RecordKind<?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  String id(R record) {
    return id.apply(record);
  }

  Encoded encode(R record, ServerKey key) {
    return codec.encode(record, key);
  }

  /** The change a row of this kind says: a put, or a delete when it has no {@code data}. */
  Change decode(String id, Encoded row, ServerKey key) {
    if (row.data() == null) {
      return new Change.Delete(this, id);
    }
    return new Change.Put<>(this, codec.decode(id, row, key));
  }

  void put(ReplicaTransaction tx, R record) {
    put.accept(tx, record);
  }

  /**
   * Deletes the record of {@code id} from the replica.
   *
   * @throws IllegalStateException if records of this kind are never deleted
   */
  void delete(ReplicaTransaction tx, String id) {
    if (delete == null) {
      throw new IllegalStateException(name + " records are never deleted");
    }
    delete.accept(tx, id);
  }

  @Override
  public String toString() {
    return name;
  }

  /** A natural column: what it is called and its value for a record, {@code null} for none. */
  static final class Column<R> {
    final String name;
    private final Function<R, String> value;

    Column(String name, Function<R, String> value) {
      this.name = name;
      this.value = value;
    }

    String value(R record) {
      return value.apply(record);
    }
  }
}
