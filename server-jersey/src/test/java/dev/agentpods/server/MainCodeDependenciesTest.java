package dev.agentpods.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's own code knows no OkHttp, no HTTP client and no JUnit: only the test kit
 * (package {@code dev.agentpods.server.testing}) uses the client and JUnit, which is why they
 * are provided dependencies that the runnable jar leaves out.
 *
 * <p>Reads the compiled classes: a class names every class it uses in its constant pool, in the
 * internal form {@code okhttp3/OkHttpClient}, while comments leave no trace there.
 */
class MainCodeDependenciesTest {

  private static final String TEST_KIT = "dev/agentpods/server/testing/";
  private static final String CLIENT = "dev/agentpods/client/";
  private static final String JUNIT = "org/junit/";
  private static final String OKHTTP = "okhttp3/";

  @Test
  void onlyTheTestKitUsesTheClientOrJunitAndNoneUsesOkHttp() {
    Map<String, String> classes = compiledMainClasses();
    Map<String, String> serverCode = new TreeMap<>(classes);
    serverCode.keySet().removeIf(name -> name.startsWith(TEST_KIT));

    assertTrue(serverCode.size() > 50, "the main classes are found: " + serverCode.keySet());
    for (String forbidden : List.of(CLIENT, JUNIT, OKHTTP)) {
      assertEquals(List.of(), users(serverCode, forbidden),
          "classes outside the test kit using " + forbidden);
    }
    assertEquals(List.of(), users(classes, OKHTTP), "the test kit uses the client, not OkHttp");
  }

  /** Without this, an empty or unreadable scan would let the test above pass. */
  @Test
  void theScanSeesTheTestKitsReferences() {
    Map<String, String> classes = compiledMainClasses();

    for (String reference : List.of(CLIENT, JUNIT)) {
      assertTrue(users(classes, reference).contains(TEST_KIT + "AgentPodsServerExtension.class"),
          "AgentPodsServerExtension is seen to use " + reference);
    }
  }

  private static List<String> users(Map<String, String> classes, String reference) {
    return classes.entrySet().stream()
        .filter(entry -> entry.getValue().contains(reference))
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** Every class file of the main code, by path relative to the output directory, as text. */
  private static Map<String, String> compiledMainClasses() {
    Path root;
    try {
      root = Path.of(AgentPodsServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(Files.isDirectory(root), "main classes are a directory: " + root);
    try (Stream<Path> files = Files.walk(root)) {
      Map<String, String> classes = new TreeMap<>();
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        // ISO-8859-1 maps every byte to one char, so the ASCII class names read as written.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        classes.put(root.relativize(file).toString().replace('\\', '/'), text);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
