package dev.agentpods.server.store;

import dev.agentpods.agents.Approval;
import dev.agentpods.agents.ApprovalStatus;
import dev.agentpods.orgs.Org;
import dev.agentpods.pods.PodStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The embedded default store: maps in memory behind one read-write lock. Writers are
 * serialized; every change is recorded in an {@link UndoLog} and taken back if the transaction
 * throws. Pods are indexed by organization, runner and status in creation order, so a page or a
 * count never scans pods outside its filter.
 *
 * <p>Every map is in one {@link State}, which {@link #reset} replaces whole: a map added there
 * needs nothing more to be emptied by a reset.
 */
public final class InMemoryStore implements ManagedStore {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile State state = new State();
  private volatile Instant earliestDeadline;

  @Override
  public <T> T read(Function<StoreView, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(state.new View());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    return writeReplica(work::apply);
  }

  /**
   * {@link #write}, with a transaction that can also set sequences and forget idempotency
   * records by id: for a store that keeps this one as a copy of its own state.
   */
  public <T> T writeReplica(Function<ReplicaTransaction, T> work) {
    lock.writeLock().lock();
    State current = state;
    State.Transaction transaction = current.new Transaction();
    try {
      T result = work.apply(transaction);
      earliestDeadline = current.firstDeadline();
      return result;
    } catch (RuntimeException | Error e) {
      transaction.undo.rollback();
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<Instant> earliestDeadline() {
    return Optional.ofNullable(earliestDeadline);
  }

  /** Replaces every map by an empty one, seeded by {@code seed}, unless it throws. */
  @Override
  public void reset(Consumer<StoreTransaction> seed) {
    lock.writeLock().lock();
    try {
      State fresh = new State();
      seed.accept(fresh.new Transaction());
      state = fresh;
      earliestDeadline = fresh.firstDeadline();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Holds nothing that needs releasing. */
  @Override
  public void close() {}

  private static final Comparator<AgentRecord> BY_AGE =
      Comparator.comparing(AgentRecord::createdAt).thenComparing(AgentRecord::id);

  private static <T> List<T> filter(Collection<T> values, Predicate<T> keep) {
    List<T> kept = new ArrayList<>();
    for (T value : values) {
      if (keep.test(value)) {
        kept.add(value);
      }
    }
    return kept;
  }

  private static <T> List<T> sorted(Collection<T> values, Comparator<? super T> order) {
    List<T> list = new ArrayList<>(values);
    list.sort(order);
    return list;
  }

  private static String clientIdKey(String org, String clientId) {
    return org + '\u0000' + clientId;
  }

  /**
   * Pods in creation order: all of them, and per status; each list also as the ranks of its
   * sequence numbers, for offset pages.
   */
  private static final class Index {
    final TreeMap<Long, PodRecord> all = new TreeMap<>();
    final EnumMap<PodStatus, TreeMap<Long, PodRecord>> byStatus = new EnumMap<>(PodStatus.class);
    final RankedSequences allRanks = new RankedSequences();
    final EnumMap<PodStatus, RankedSequences> ranksByStatus = new EnumMap<>(PodStatus.class);

    TreeMap<Long, PodRecord> select(Optional<PodStatus> status) {
      if (status.isEmpty()) {
        return all;
      }
      return byStatus.computeIfAbsent(status.get(), s -> new TreeMap<>());
    }

    RankedSequences ranks(Optional<PodStatus> status) {
      if (status.isEmpty()) {
        return allRanks;
      }
      return ranksByStatus.computeIfAbsent(status.get(), s -> new RankedSequences());
    }
  }

  /** A pod's deadline; ordered by time, then by the pod's unique sequence. */
  private static final class Deadline {
    private final Instant at;
    private final long seq;
    private final String key;

    Deadline(Instant at, long seq, String key) {
      this.at = at;
      this.seq = seq;
      this.key = key;
    }

    Instant at() {
      return at;
    }

    long seq() {
      return seq;
    }
  }

  /** Everything the store holds; replaced whole by {@link #reset}. */
  private static final class State {

    private final Map<String, Org> orgs = new TreeMap<>();

    private final Map<Long, ApiKeyRecord> apiKeys = new TreeMap<>();
    private final Map<String, Long> apiKeyIdsByHash = new HashMap<>();

    private final Map<Long, RunnerRecord> runners = new TreeMap<>();
    private final Map<String, Long> runnerIdsByUuid = new HashMap<>();

    private final Map<String, PodRecord> pods = new HashMap<>();
    private final Map<String, String> podKeysByClientId = new HashMap<>();
    /** Pods by org, and by org and status: creation sequence to pod. */
    private final Map<String, Index> podsByOrg = new HashMap<>();
    /** Pods by runner UUID, and by runner and status. */
    private final Map<String, Index> podsByRunner = new HashMap<>();
    private final TreeSet<Deadline> deadlines =
        new TreeSet<>(Comparator.comparing(Deadline::at).thenComparingLong(Deadline::seq));

    private final Map<String, SquadRecord> squads = new HashMap<>();
    private final Map<String, String> squadIdsByPrefix = new HashMap<>();
    private final Map<String, AgentRecord> agents = new HashMap<>();
    private final Map<String, String> agentIdsByName = new HashMap<>();
    private final Map<String, Approval> approvals = new HashMap<>();
    private final Map<String, AgentKeyRecord> agentKeys = new HashMap<>();
    private final Map<String, String> agentKeyIdsByHash = new HashMap<>();
    private final Map<String, IssueRecord> issues = new HashMap<>();
    private final Map<String, UserRecord> users = new HashMap<>();
    private final Map<String, String> userEmailsByTokenHash = new HashMap<>();
    /** Oldest first: records are put in write order, each stamped with the time of its write. */
    private final LinkedHashMap<String, IdempotencyRecord> idempotencyRecords = new LinkedHashMap<>();

    private final EnumMap<StoreTransaction.Sequence, Long> sequences =
        new EnumMap<>(StoreTransaction.Sequence.class);

    Instant firstDeadline() {
      return deadlines.isEmpty() ? null : deadlines.first().at();
    }

    class View implements StoreView {

      @Override
      public Optional<Instant> earliestDeadline() {
        return Optional.ofNullable(firstDeadline());
      }

      @Override
      public Optional<Org> org(String slug) {
        return Optional.ofNullable(orgs.get(slug));
      }

      @Override
      public List<Org> orgs() {
        return List.copyOf(orgs.values());
      }

      @Override
      public Optional<ApiKeyRecord> apiKeyByHash(String secretHash) {
        return Optional.ofNullable(apiKeyIdsByHash.get(secretHash)).map(apiKeys::get);
      }

      @Override
      public Optional<ApiKeyRecord> apiKey(long id) {
        return Optional.ofNullable(apiKeys.get(id));
      }

      @Override
      public List<ApiKeyRecord> apiKeys(String org) {
        List<ApiKeyRecord> keys = new ArrayList<>();
        for (ApiKeyRecord key : apiKeys.values()) {
          if (key.org().equals(org)) {
            keys.add(key);
          }
        }
        return keys;
      }

      @Override
      public Optional<RunnerRecord> runner(long id) {
        return Optional.ofNullable(runners.get(id));
      }

      @Override
      public Optional<RunnerRecord> runnerByUuid(String uuid) {
        return Optional.ofNullable(runnerIdsByUuid.get(uuid)).map(runners::get);
      }

      @Override
      public List<RunnerRecord> runners(String org) {
        List<RunnerRecord> result = new ArrayList<>();
        for (RunnerRecord runner : runners.values()) {
          if (runner.org().equals(org)) {
            result.add(runner);
          }
        }
        return result;
      }

      @Override
      public int activePodCount(String runnerUuid) {
        Index index = podsByRunner.get(runnerUuid);
        if (index == null) {
          return 0;
        }
        int count = 0;
        for (PodStatus status : PodStatus.values()) {
          if (status.holdsCapacity()) {
            TreeMap<Long, PodRecord> byStatus = index.byStatus.get(status);
            count += byStatus == null ? 0 : byStatus.size();
          }
        }
        return count;
      }

      @Override
      public Optional<PodRecord> pod(String key) {
        return Optional.ofNullable(pods.get(key));
      }

      @Override
      public Optional<PodRecord> podByClientId(String org, String clientId) {
        return Optional.ofNullable(podKeysByClientId.get(clientIdKey(org, clientId))).map(pods::get);
      }

      @Override
      public List<PodRecord> pods(
          PodFilter filter, boolean ascending, Long afterSeq, int offset, int limit) {
        if (afterSeq == null && offset > 0) {
          return offsetPage(filter, ascending, offset, limit);
        }
        NavigableMap<Long, PodRecord> selected = select(filter);
        if (afterSeq != null) {
          selected = ascending ? selected.tailMap(afterSeq, false) : selected.headMap(afterSeq, false);
        }
        if (!ascending) {
          selected = selected.descendingMap();
        }
        List<PodRecord> page = new ArrayList<>(Math.min(limit, 128));
        int skipped = 0;
        for (PodRecord pod : selected.values()) {
          if (page.size() >= limit) {
            break;
          }
          if (skipped < offset) {
            skipped++;
            continue;
          }
          page.add(pod);
        }
        return page;
      }

      /**
       * A page {@code offset} pods into the list: its first pod found by rank, then the page
       * read from there, so a page deep in a long list costs what the first page costs.
       */
      private List<PodRecord> offsetPage(
          PodFilter filter, boolean ascending, int offset, int limit) {
        NavigableMap<Long, PodRecord> selected = select(filter);
        int size = selected.size();
        if (offset >= size) {
          return new ArrayList<>();
        }
        RankedSequences ranks = selectRanks(filter);
        long first = ranks.get(ascending ? offset : size - 1 - offset);
        NavigableMap<Long, PodRecord> from = ascending
            ? selected.tailMap(first, true) : selected.headMap(first, true).descendingMap();
        List<PodRecord> page = new ArrayList<>(Math.min(limit, size - offset));
        for (PodRecord pod : from.values()) {
          if (page.size() >= limit) {
            break;
          }
          page.add(pod);
        }
        return page;
      }

      @Override
      public long countPods(PodFilter filter) {
        return select(filter).size();
      }

      @Override
      public List<PodRecord> podsDueBy(Instant now) {
        List<PodRecord> due = new ArrayList<>();
        for (Deadline deadline : deadlines) {
          if (deadline.at().isAfter(now)) {
            break;
          }
          due.add(pods.get(deadline.key));
        }
        return due;
      }

      @Override
      public Optional<SquadRecord> squad(String id) {
        return Optional.ofNullable(squads.get(id));
      }

      @Override
      public Optional<SquadRecord> squadByIssuePrefix(String issuePrefix) {
        return Optional.ofNullable(squadIdsByPrefix.get(issuePrefix)).map(squads::get);
      }

      @Override
      public List<SquadRecord> squads() {
        return sorted(squads.values(), Comparator.comparing((SquadRecord r) -> r.squad().createdAt())
            .thenComparing(SquadRecord::id));
      }

      @Override
      public Optional<AgentRecord> agent(String id) {
        return Optional.ofNullable(agents.get(id));
      }

      @Override
      public Optional<AgentRecord> agentByName(String name) {
        return Optional.ofNullable(agentIdsByName.get(name)).map(agents::get);
      }

      @Override
      public List<AgentRecord> agents() {
        return sorted(agents.values(), BY_AGE);
      }

      @Override
      public Optional<UserRecord> user(String email) {
        return Optional.ofNullable(users.get(email.toLowerCase(Locale.ROOT)));
      }

      @Override
      public Optional<UserRecord> userByTokenHash(String tokenHash) {
        return Optional.ofNullable(userEmailsByTokenHash.get(tokenHash)).map(users::get);
      }

      @Override
      public List<UserRecord> users() {
        return sorted(users.values(), Comparator.comparing((UserRecord u) -> u.user().createdAt())
            .thenComparing(UserRecord::email));
      }

      @Override
      public List<AgentRecord> agentsInSquad(String squadId) {
        return sorted(filter(agents.values(), a -> a.squadId().equals(Optional.of(squadId))), BY_AGE);
      }

      @Override
      public List<AgentRecord> reportsOf(String agentId) {
        return sorted(filter(agents.values(),
            a -> a.reportsToAgentId().equals(Optional.of(agentId))), BY_AGE);
      }

      @Override
      public Optional<Approval> approval(String id) {
        return Optional.ofNullable(approvals.get(id));
      }

      @Override
      public Optional<Approval> pendingHireNamed(String name) {
        return approvals.values().stream()
            .filter(a -> a.status() == ApprovalStatus.PENDING && a.payload().name().equals(name))
            .findFirst();
      }

      @Override
      public Optional<AgentKeyRecord> agentKey(String id) {
        return Optional.ofNullable(agentKeys.get(id));
      }

      @Override
      public Optional<AgentKeyRecord> agentKeyByHash(String secretHash) {
        return Optional.ofNullable(agentKeyIdsByHash.get(secretHash)).map(agentKeys::get);
      }

      @Override
      public List<AgentKeyRecord> agentKeys(String agentId) {
        return sorted(filter(agentKeys.values(), k -> k.agentId().equals(agentId)),
            Comparator.comparing((AgentKeyRecord k) -> k.key().createdAt().orElseThrow())
                .thenComparing(k -> k.key().id()));
      }

      @Override
      public Optional<IssueRecord> issue(String id) {
        return Optional.ofNullable(issues.get(id));
      }

      @Override
      public List<IssueRecord> issuesInSquad(String squadId) {
        return sorted(filter(issues.values(), i -> i.issue().squadId().equals(squadId)),
            Comparator.comparingLong(IssueRecord::number));
      }

      @Override
      public List<IssueRecord> issuesAssignedTo(String agentId) {
        return sorted(filter(issues.values(),
            i -> i.issue().assigneeAgentId().equals(Optional.of(agentId))),
            Comparator.comparingLong(IssueRecord::number));
      }

      @Override
      public Optional<IdempotencyRecord> idempotencyRecord(String id) {
        return Optional.ofNullable(idempotencyRecords.get(id));
      }

      /** The ranks of {@link #select}'s pods: the same sequence numbers. */
      private RankedSequences selectRanks(PodFilter filter) {
        Index index = indexFor(filter);
        if (index == null) {
          return new RankedSequences();
        }
        return filter.status().isEmpty() ? index.allRanks
            : index.ranksByStatus.getOrDefault(filter.status().get(), new RankedSequences());
      }

      private Index indexFor(PodFilter filter) {
        return filter.runnerUuid().isPresent()
            ? podsByRunner.get(filter.runnerUuid().get())
            : podsByOrg.get(filter.org());
      }

      private NavigableMap<Long, PodRecord> select(PodFilter filter) {
        Index index = indexFor(filter);
        if (index == null) {
          return Collections.emptyNavigableMap();
        }
        if (filter.status().isEmpty()) {
          return index.all;
        }
        TreeMap<Long, PodRecord> byStatus = index.byStatus.get(filter.status().get());
        return byStatus == null ? Collections.emptyNavigableMap() : byStatus;
      }
    }

    final class Transaction extends View implements ReplicaTransaction {

      final UndoLog undo = new UndoLog();

      @Override
      public long next(Sequence sequence) {
        long next = sequences.getOrDefault(sequence, 0L) + 1;
        // Rolled back with the transaction: a refused request leaves no gap (a port, a runner id).
        undo.put(sequences, sequence, next);
        return next;
      }

      @Override
      public void insertOrg(Org org) {
        if (orgs.containsKey(org.slug())) {
          throw new IllegalStateException("org exists: " + org.slug());
        }
        undo.put(orgs, org.slug(), org);
      }

      @Override
      public void putApiKey(ApiKeyRecord key) {
        undo.put(apiKeys, key.apiKey().id(), key);
        undo.put(apiKeyIdsByHash, key.secretHash(), key.apiKey().id());
      }

      @Override
      public void putRunner(RunnerRecord runner) {
        undo.put(runners, runner.id(), runner);
        undo.put(runnerIdsByUuid, runner.uuid(), runner.id());
      }

      @Override
      public void deleteRunner(long id) {
        RunnerRecord runner = runners.get(id);
        if (runner != null) {
          undo.remove(runners, id);
          undo.remove(runnerIdsByUuid, runner.uuid());
        }
      }

      @Override
      public void putPod(PodRecord pod) {
        PodRecord previous = pods.get(pod.key());
        if (previous != null) {
          unindex(previous);
        }
        undo.put(pods, pod.key(), pod);
        index(pod);
      }

      @Override
      public void deletePod(String key) {
        PodRecord previous = pods.get(key);
        if (previous != null) {
          unindex(previous);
          undo.remove(pods, key);
        }
      }

      @Override
      public void putSquad(SquadRecord squad) {
        undo.put(squads, squad.id(), squad);
        undo.put(squadIdsByPrefix, squad.squad().issuePrefix(), squad.id());
      }

      @Override
      public void putAgent(AgentRecord agent) {
        AgentRecord previous = agents.get(agent.id());
        if (previous != null && !previous.name().equals(agent.name())) {
          undo.remove(agentIdsByName, previous.name());
        }
        undo.put(agents, agent.id(), agent);
        undo.put(agentIdsByName, agent.name(), agent.id());
      }

      @Override
      public void deleteAgent(String id) {
        AgentRecord previous = agents.get(id);
        if (previous != null) {
          undo.remove(agents, id);
          undo.remove(agentIdsByName, previous.name());
        }
      }

      @Override
      public void putApproval(Approval approval) {
        undo.put(approvals, approval.id(), approval);
      }

      @Override
      public void putAgentKey(AgentKeyRecord key) {
        undo.put(agentKeys, key.key().id(), key);
        undo.put(agentKeyIdsByHash, key.secretHash(), key.key().id());
      }

      @Override
      public void deleteAgentKey(String id) {
        AgentKeyRecord previous = agentKeys.get(id);
        if (previous != null) {
          undo.remove(agentKeys, id);
          undo.remove(agentKeyIdsByHash, previous.secretHash());
        }
      }

      @Override
      public void putIssue(IssueRecord issue) {
        undo.put(issues, issue.issue().id(), issue);
      }

      @Override
      public void putUser(UserRecord user) {
        undo.put(users, user.email().toLowerCase(Locale.ROOT), user);
        user.tokenHash().ifPresent(hash -> undo.put(userEmailsByTokenHash, hash, user.email().toLowerCase(Locale.ROOT)));
      }

      @Override
      public void putIdempotencyRecord(IdempotencyRecord record) {
        // Removed first, so a replaced record moves to the end of the age order.
        undo.remove(idempotencyRecords, record.id());
        undo.put(idempotencyRecords, record.id(), record);
      }

      @Override
      public List<String> forgetIdempotencyRecords(Instant cutoff, int capacity) {
        List<String> forgotten = new ArrayList<>();
        int remaining = idempotencyRecords.size();
        Iterator<IdempotencyRecord> oldestFirst = idempotencyRecords.values().iterator();
        while (oldestFirst.hasNext()) {
          IdempotencyRecord record = oldestFirst.next();
          if (remaining <= capacity && record.createdAt().isAfter(cutoff)) {
            break;
          }
          forgotten.add(record.id());
          remaining--;
        }
        forgotten.forEach(id -> undo.remove(idempotencyRecords, id));
        return forgotten;
      }

      @Override
      public void setSequence(Sequence sequence, long value) {
        undo.put(sequences, sequence, value);
      }

      @Override
      public void deleteIdempotencyRecord(String id) {
        undo.remove(idempotencyRecords, id);
      }

      private void index(PodRecord pod) {
        indexIn(podsByOrg.computeIfAbsent(pod.org(), o -> new Index()), pod, true);
        pod.runnerUuid().ifPresent(
            uuid -> indexIn(podsByRunner.computeIfAbsent(uuid, u -> new Index()), pod, true));
        pod.pod().clientId().ifPresent(
            clientId -> undo.put(podKeysByClientId, clientIdKey(pod.org(), clientId), pod.key()));
        pod.deadline().ifPresent(at -> undo.add(deadlines, new Deadline(at, pod.seq(), pod.key())));
      }

      private void unindex(PodRecord pod) {
        indexIn(podsByOrg.get(pod.org()), pod, false);
        pod.runnerUuid().ifPresent(uuid -> indexIn(podsByRunner.get(uuid), pod, false));
        pod.pod().clientId().ifPresent(
            clientId -> undo.remove(podKeysByClientId, clientIdKey(pod.org(), clientId)));
        pod.deadline().ifPresent(at -> undo.remove(deadlines, new Deadline(at, pod.seq(), pod.key())));
      }

      private void indexIn(Index index, PodRecord pod, boolean add) {
        TreeMap<Long, PodRecord> byStatus = index.select(Optional.of(pod.status()));
        RankedSequences statusRanks = index.ranks(Optional.of(pod.status()));
        if (add) {
          undo.put(index.all, pod.seq(), pod);
          undo.put(byStatus, pod.seq(), pod);
          undo.add(index.allRanks, pod.seq());
          undo.add(statusRanks, pod.seq());
        } else {
          undo.remove(index.all, pod.seq());
          undo.remove(byStatus, pod.seq());
          undo.remove(index.allRanks, pod.seq());
          undo.remove(statusRanks, pod.seq());
        }
      }
    }
  }
}
