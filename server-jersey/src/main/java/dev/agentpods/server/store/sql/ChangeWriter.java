package dev.agentpods.server.store.sql;

import dev.agentpods.server.secrets.ServerKey;
import dev.agentpods.server.store.StoreTransaction.Sequence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the changes of one transaction to the database: each in order to {@code changes}, and
 * each record's and sequence's final state to its table. Each record is encoded (and its secrets
 * sealed) once, for both.
 */
final class ChangeWriter {

  private ChangeWriter() {}

  /** @param logged whether the changes also go to {@code changes}, for other servers to replay */
  static void write(Connection connection, long version, List<Change> changes, ServerKey key,
      boolean logged) throws SQLException {
    List<ChangeLog.Row> log = new ArrayList<>(changes.size());
    Map<String, RecordTables.FinalState> finalStates = new LinkedHashMap<>();
    Map<Sequence, Long> sequences = new EnumMap<>(Sequence.class);
    for (Change change : changes) {
      if (change instanceof Change.Put) {
        Change.Put<?> put = (Change.Put<?>) change;
        Encoded row = put.encode(key);
        log.add(new ChangeLog.Row(put.kind().name, put.id(), row));
        finalStates.put(recordKey(put.kind(), put.id()),
            new RecordTables.FinalState(put.kind(), put.id(), put, row));
      } else if (change instanceof Change.Delete) {
        Change.Delete delete = (Change.Delete) change;
        log.add(new ChangeLog.Row(delete.kind().name, delete.id(), null));
        finalStates.put(recordKey(delete.kind(), delete.id()),
            new RecordTables.FinalState(delete.kind(), delete.id(), null, null));
      } else {
        Change.SequenceMoved moved = (Change.SequenceMoved) change;
        log.add(new ChangeLog.Row(ChangeLog.SEQUENCE, moved.sequence().name(),
            new Encoded(String.valueOf(moved.value()), null)));
        sequences.put(moved.sequence(), moved.value());
      }
    }
    if (logged) {
      ChangeLog.append(connection, version, log);
    }
    RecordTables.write(connection, version, finalStates.values());
    SequenceTable.write(connection, sequences);
  }

  private static String recordKey(RecordKind<?> kind, String id) {
    return kind.name + '\u0000' + id;
  }
}
