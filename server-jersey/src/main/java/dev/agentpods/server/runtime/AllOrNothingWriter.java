package dev.agentpods.server.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes several files so that a failure leaves none of them changed: each content goes to a
 * temporary file next to its target first, and only when all are written are they renamed into
 * place. A rename within one directory does not fail for want of space, so the step that can
 * fail happens before anything is replaced. (A rename that fails anyway, after others succeeded,
 * leaves those earlier files replaced; that needs a file system that refuses a rename it had
 * room for.)
 */
final class AllOrNothingWriter {

  private AllOrNothingWriter() {}

  /** One file to write; its target's existing directories were checked to be inside the root. */
  record Pending(Path target, byte[] content) {}

  /**
   * Writes every file, creating missing directories.
   *
   * @param root the real path every target and created directory must stay inside
   */
  static void writeAll(Path root, List<Pending> files) throws IOException {
    List<Path> createdDirectories = new ArrayList<>();
    List<Path[]> moves = new ArrayList<>();
    boolean done = false;
    try {
      for (Pending file : files) {
        Path directory = file.target().getParent();
        createDirectories(directory, createdDirectories);
        // Between the check of the path and now, the agent's process could have put a link
        // where a directory was to be created; the directory's real path must still be itself.
        if (!directory.toRealPath().equals(directory) || !directory.startsWith(root)) {
          throw new InvalidWorkspacePathException(
              "a directory changed into a symbolic link while it was written");
        }
        Path temporary = directory.resolve(
            ".agentpods-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        writeNew(temporary, file.content(), moves, file.target());
        keepPermissions(file.target(), temporary);
      }
      for (Path[] move : moves) {
        moveIntoPlace(move[0], move[1]);
      }
      done = true;
    } finally {
      if (!done) {
        undo(moves, createdDirectories);
      }
    }
  }

  private static void createDirectories(Path directory, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = directory; d != null && !Files.exists(d, LinkOption.NOFOLLOW_LINKS);
        d = d.getParent()) {
      missing.add(d);
    }
    Collections.reverse(missing);
    for (Path d : missing) {
      try {
        Files.createDirectory(d);
        created.add(d);
      } catch (FileAlreadyExistsException e) {
        // Created meanwhile by someone else: not ours to remove; it must be a directory.
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
      }
    }
  }

  /** Creates {@code temporary} (recorded for the undo only once it is ours) and fills it. */
  private static void writeNew(Path temporary, byte[] content, List<Path[]> moves, Path target)
      throws IOException {
    FileChannel opened =
        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    moves.add(new Path[] {temporary, target});
    try (FileChannel channel = opened) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      // On disk before the rename, so a crash cannot leave a renamed but empty file.
      channel.force(true);
    }
  }

  /** A replaced file keeps its permissions (a credential file stays private). */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(
          temporary, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the new file has the default permissions.
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void undo(List<Path[]> moves, List<Path> createdDirectories) {
    for (Path[] move : moves) {
      deleteQuietly(move[0]);
    }
    for (int i = createdDirectories.size() - 1; i >= 0; i--) {
      deleteQuietly(createdDirectories.get(i));
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Best effort: a directory someone else filled meanwhile stays.
    }
  }
}
