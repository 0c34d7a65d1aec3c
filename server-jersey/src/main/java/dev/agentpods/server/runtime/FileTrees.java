package dev.agentpods.server.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;

/**
 * Walks of a directory tree that never follow a symbolic link: a link in a workspace is the
 * agent's doing and may point anywhere on the host.
 */
final class FileTrees {

  private FileTrees() {}

  /**
   * The bytes and the number of the regular files under {@code root}; a missing root is empty.
   * Files that vanish during the walk (the agent's process is at work) are skipped.
   *
   * @return {bytes, files}
   */
  static long[] regularFileUsage(Path root) throws IOException {
    long[] usage = new long[2];
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return usage;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
          usage[0] += attributes.size();
          usage[1]++;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return usage;
  }

  /** Deletes {@code root} and everything under it; a link is deleted, not what it points to. */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        try {
          Files.deleteIfExists(file);
        } catch (AccessDeniedException e) {
          // On a DOS file system a read-only file (one LocalAgentRuntime#protect protected, say)
          // cannot be deleted; on POSIX it can, the directory's permission decides.
          if (!attributes.isRegularFile() || !clearDosReadOnly(file)) {
            throw e;
          }
          Files.deleteIfExists(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException e)
          throws IOException {
        if (e != null) {
          throw e;
        }
        Files.deleteIfExists(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Whether the file had the DOS read-only attribute, now cleared; never follows a link. */
  private static boolean clearDosReadOnly(Path file) {
    DosFileAttributeView dos =
        Files.getFileAttributeView(file, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (dos == null) {
      return false;
    }
    try {
      if (!dos.readAttributes().isReadOnly()) {
        return false;
      }
      dos.setReadOnly(false);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
