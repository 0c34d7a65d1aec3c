package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialFile;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.CredentialInjection;
import dev.agentpods.agents.CredentialStatus;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.agents.WorkspaceCreateParams;
import dev.agentpods.errors.BadRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Document {@code 004}: credential files of an agent; their status, injects from a request or
 * the host, and passphrase-sealed bundles that move them between servers.
 */
abstract class CredentialsContract extends WorkspaceContractBase {

  private static final String PASSPHRASE = "correct horse battery staple";
  private static final String SECRET = "sk-ant-api03-SECRET-VALUE";

  @AfterEach
  void emptyTheHostCredentials() throws IOException {
    Path host = hostCredentials();
    if (Files.isDirectory(host)) {
      try (Stream<Path> files = Files.walk(host)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
          if (!file.equals(host)) {
            Files.delete(file);
          }
        }
      }
    }
  }

  @Test
  void statusListsTheKnownCredentialFilesAndWhichArePresent() {
    WorkspaceAgent agent = agent("status");
    plant(workspaceOf(agent), ".env", "ANTHROPIC_API_KEY=" + SECRET);

    CredentialStatus status = admin.credentialStatus(agent.name());

    Map<String, CredentialFile> byPath = status.files().stream()
        .collect(Collectors.toMap(CredentialFile::path, file -> file));
    assertTrue(byPath.keySet().containsAll(Set.of(".env", ".claude/.credentials.json", ".config/gh/hosts.yml")),
        byPath.keySet().toString());
    assertTrue(byPath.get(".env").exists());
    assertEquals(("ANTHROPIC_API_KEY=" + SECRET).length(), byPath.get(".env").size().orElseThrow());
    assertFalse(byPath.get(".claude/.credentials.json").exists());
    assertTrue(byPath.get(".claude/.credentials.json").size().isEmpty());
    assertFalse(status.toString().contains(SECRET));
  }

  @Test
  void injectWritesTheFilesOfTheRequest() {
    WorkspaceAgent agent = agent("given");

    CredentialInjection injected = admin.injectCredentials(agent.name(), CredentialInjectParams.builder()
        .putFile(".env", "KEY=" + SECRET).putFile(".config/gh/hosts.yml", "github.com:\n  oauth_token: x\n").build());

    assertEquals("request", injected.source());
    assertEquals(List.of(".config/gh/hosts.yml", ".env"), injected.files());
    assertEquals("KEY=" + SECRET, new String(admin.download(agent.name(), ".env")));
    assertTrue(present(admin, agent).containsAll(Set.of(".env", ".config/gh/hosts.yml")));
  }

  @Test
  void injectWithoutFilesCopiesTheHostsCredentials() {
    WorkspaceAgent agent = agent("copied");
    plant(hostCredentials(), ".claude/.credentials.json", "{\"token\":\"" + SECRET + "\"}");
    plant(hostCredentials(), ".netrc", "machine github.com");
    plant(hostCredentials(), "not-a-credential.txt", "ignored");

    CredentialInjection injected = admin.injectCredentials(agent.name(), CredentialInjectParams.fromHost());

    assertEquals("host", injected.source());
    assertEquals(List.of(".claude/.credentials.json", ".netrc"), injected.files());
    assertEquals("machine github.com", new String(admin.download(agent.name(), ".netrc")));
    assertEquals(Set.of(".claude/.credentials.json", ".netrc"), present(admin, agent));
  }

  @Test
  void startCopiesTheHostsCredentialsWhenThereAreAny() {
    WorkspaceAgent agent = agent("booted");
    admin.stop(agent.name());
    assertEquals("skipped", admin.start(agent.name()).credentialsInjection());
    admin.stop(agent.name());
    plant(hostCredentials(), ".env", "KEY=1");

    assertEquals("success", admin.start(agent.name()).credentialsInjection());

    assertEquals("KEY=1", new String(admin.download(agent.name(), ".env")));
  }

  @Test
  void injectRefusesPathsThatAreNotCredentialLocations() {
    WorkspaceAgent agent = agent("strict");

    for (String path : List.of("../../etc/cron.d/x", "/etc/passwd", "src/main.py", ".env/../.bashrc")) {
      BadRequestException e = assertThrows(BadRequestException.class, () -> admin.injectCredentials(agent.name(),
          CredentialInjectParams.builder().putFile(".env", "KEY=1").putFile(path, "x").build()), path);
      assertEquals(Set.of("files"), e.fieldErrors().keySet(), path);
    }
    assertEquals(Set.of(), present(admin, agent), "nothing written, not even the allowed file");
  }

  @Test
  void exportAndImportMoveCredentialsBetweenAgents() {
    WorkspaceAgent source = agent("source");
    WorkspaceAgent target = agent("target");
    admin.injectCredentials(source.name(), CredentialInjectParams.builder()
        .putFile(".env", "KEY=" + SECRET).putFile(".aws/credentials", "[default]\n").build());

    CredentialBundle bundle = admin.exportCredentials(source.name(), CredentialExportParams.of(PASSPHRASE));
    CredentialInjection imported = admin.importCredentials(target.name(), CredentialImportParams.of(bundle, PASSPHRASE));

    assertFalse(bundle.bundle().contains(SECRET));
    assertFalse(new String(Base64.getUrlDecoder().decode(bundle.bundle())).contains(SECRET));
    assertEquals("bundle", imported.source());
    assertEquals(List.of(".aws/credentials", ".env"), imported.files());
    assertEquals("KEY=" + SECRET, new String(admin.download(target.name(), ".env")));
    assertNotEquals(bundle, admin.exportCredentials(source.name(), CredentialExportParams.of(PASSPHRASE)),
        "a fresh salt and nonce each time");
  }

  @Test
  void aBundleFromOneServerImportsIntoAnother() {
    WorkspaceAgent source = agent("travelling");
    admin.injectCredentials(source.name(), CredentialInjectParams.builder().putFile(".netrc", SECRET).build());
    CredentialBundle bundle = admin.exportCredentials(source.name(), CredentialExportParams.of(PASSPHRASE));

    try (Implementation other = newImplementation()) {
      AgentsApi there = other.agents();
      WorkspaceAgent target = there.create(WorkspaceCreateParams.builder().name(unique("arrived")).build());

      there.importCredentials(target.name(), CredentialImportParams.of(bundle, PASSPHRASE));

      assertEquals(SECRET, new String(there.download(target.name(), ".netrc")));
    }
  }

  @Test
  void aWrongPassphraseOrAChangedByteIsRefusedAndChangesNothing() {
    WorkspaceAgent source = agent("sealed");
    WorkspaceAgent target = agent("untouched");
    admin.injectCredentials(source.name(), CredentialInjectParams.builder().putFile(".env", "KEY=" + SECRET).build());
    admin.injectCredentials(target.name(), CredentialInjectParams.builder().putFile(".env", "KEY=old").build());
    CredentialBundle bundle = admin.exportCredentials(source.name(), CredentialExportParams.of(PASSPHRASE));
    byte[] raw = Base64.getUrlDecoder().decode(bundle.bundle());

    List<CredentialImportParams> refused = List.of(
        CredentialImportParams.of(bundle, "not the passphrase"),
        CredentialImportParams.builder().bundle(changedByte(raw, raw.length - 1)).passphrase(PASSPHRASE).build(),
        CredentialImportParams.builder().bundle(changedByte(raw, 40)).passphrase(PASSPHRASE).build(),
        CredentialImportParams.builder().bundle(changedByte(raw, 5)).passphrase(PASSPHRASE).build(),
        CredentialImportParams.builder().bundle(bundle.bundle().substring(0, 30)).passphrase(PASSPHRASE).build(),
        CredentialImportParams.builder().bundle("not base64 at all!").passphrase(PASSPHRASE).build());
    for (CredentialImportParams params : refused) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> admin.importCredentials(target.name(), params));
      assertEquals(Set.of("bundle"), e.fieldErrors().keySet());
      assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(PASSPHRASE), e.getMessage());
    }

    assertEquals("KEY=old", new String(admin.download(target.name(), ".env")));
  }

  @Test
  void passphrasesAreValidated() {
    WorkspaceAgent agent = agent("short");

    BadRequestException e = assertThrows(BadRequestException.class,
        () -> admin.exportCredentials(agent.name(), CredentialExportParams.of("short")));

    assertEquals(Set.of("passphrase"), e.fieldErrors().keySet());
    assertFalse(e.getMessage().contains("short\""));
  }

  private static String changedByte(byte[] raw, int index) {
    byte[] changed = raw.clone();
    changed[index] ^= 0x01;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
  }

  private static Set<String> present(AgentsApi api, WorkspaceAgent agent) {
    return api.credentialStatus(agent.name()).files().stream()
        .filter(CredentialFile::exists).map(CredentialFile::path).collect(Collectors.toSet());
  }
}
