package dev.agentpods.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AutonomySettings;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.TimeoutSettings;
import dev.agentpods.agents.WorkspaceAgent;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import dev.agentpods.errors.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Document {@code 004}: autonomy, read-only, timeout and SSH access of one agent. */
abstract class WorkspaceSettingsContract extends WorkspaceContractBase {

  @Test
  void autonomyIsOffUntilTurnedOn() {
    WorkspaceAgent agent = agent("auto");

    assertFalse(admin.autonomy(agent.name()).enabled());
    assertEquals(AutonomySettings.of(true), admin.setAutonomy(agent.name(), AutonomySettings.of(true)));

    assertTrue(admin.autonomy(agent.name()).enabled());
    assertTrue(admin.getByName(agent.name()).autonomyEnabled().orElseThrow());
    admin.setAutonomy(agent.name(), AutonomySettings.of(false));
    assertFalse(admin.getByName(agent.name()).autonomyEnabled().orElseThrow());
  }

  @Test
  void readOnlyKeepsItsPatterns() {
    WorkspaceAgent agent = agent("guarded");
    assertEquals(ReadOnlySettings.of(false), admin.readOnly(agent.name()));
    ReadOnlySettings settings = ReadOnlySettings.builder().enabled(true)
        .addBlockedPatterns("**/*.py", "*.py").addAllowedPatterns("output/**").build();

    assertEquals(settings, admin.setReadOnly(agent.name(), settings));

    assertEquals(settings, admin.readOnly(agent.name()));
    assertTrue(admin.getByName(agent.name()).readOnlyEnabled().orElseThrow());
  }

  @Test
  void readOnlyPatternsAreValidated() {
    WorkspaceAgent agent = agent("globs");

    BadRequestException e = assertThrows(BadRequestException.class, () -> admin.setReadOnly(agent.name(),
        ReadOnlySettings.builder().enabled(true).addBlockedPatterns("a\\b").addAllowedPatterns("").build()));

    assertTrue(e.fieldErrors().keySet().stream().allMatch(
        field -> field.startsWith("blocked_patterns") || field.startsWith("allowed_patterns")),
        e.fieldErrors().toString());
    assertTrue(e.fieldErrors().keySet().stream().anyMatch(field -> field.startsWith("blocked_patterns")));
    assertTrue(e.fieldErrors().keySet().stream().anyMatch(field -> field.startsWith("allowed_patterns")));
    assertEquals(ReadOnlySettings.of(false), admin.readOnly(agent.name()));
  }

  @Test
  void readOnlyBlocksWritingTheWorkspace() {
    WorkspaceAgent agent = agent("frozen");
    admin.setReadOnly(agent.name(), ReadOnlySettings.of(true));

    assertThrows(ConflictException.class, () -> admin.injectCredentials(agent.name(),
        CredentialInjectParams.builder().putFile(".env", "TOKEN=1").build()));

    assertFalse(admin.credentialStatus(agent.name()).files().stream()
        .anyMatch(file -> file.path().equals(".env") && file.exists()));
    admin.setReadOnly(agent.name(), ReadOnlySettings.of(false));
    admin.injectCredentials(agent.name(), CredentialInjectParams.builder().putFile(".env", "TOKEN=1").build());
    assertEquals("TOKEN=1", new String(admin.download(agent.name(), ".env")));
  }

  @Test
  void readOnlyLetsAllowedAndUnblockedPathsThrough() {
    WorkspaceAgent agent = agent("partly");
    admin.setReadOnly(agent.name(), ReadOnlySettings.builder().enabled(true)
        .addBlockedPatterns(".*", ".*/**").addAllowedPatterns(".claude/**").build());

    admin.injectCredentials(agent.name(), CredentialInjectParams.builder()
        .putFile(".claude/.credentials.json", "{}").build());
    assertThrows(ConflictException.class, () -> admin.injectCredentials(agent.name(),
        CredentialInjectParams.builder().putFile(".netrc", "machine x").build()));
    assertThrows(ConflictException.class, () -> admin.injectCredentials(agent.name(),
        CredentialInjectParams.builder().putFile(".claude/.credentials.json", "{}").putFile(".npmrc", "x").build()));

    assertEquals("{}", new String(admin.download(agent.name(), ".claude/.credentials.json")));
    assertThrows(NotFoundException.class, () -> admin.download(agent.name(), ".npmrc"));
  }

  @Test
  void timeoutIsFifteenMinutesUntilChangedWithinItsRange() {
    WorkspaceAgent agent = agent("patient");

    assertEquals(TimeoutSettings.seconds(900), admin.timeout(agent.name()));
    assertEquals(TimeoutSettings.seconds(60), admin.setTimeout(agent.name(), TimeoutSettings.seconds(60)));
    assertEquals(TimeoutSettings.seconds(7200), admin.setTimeout(agent.name(), TimeoutSettings.seconds(7200)));

    for (int seconds : new int[] {59, 7201, 0, -1}) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> admin.setTimeout(agent.name(), TimeoutSettings.seconds(seconds)));
      assertEquals(Set.of("execution_timeout_seconds"), e.fieldErrors().keySet());
    }
    assertEquals(TimeoutSettings.seconds(7200), admin.timeout(agent.name()));
  }

  @Test
  void sshAccessIssuesANewEd25519KeyPairEachTime() {
    WorkspaceAgent agent = agent("remote");

    SshAccess first = admin.sshAccess(agent.name());
    SshAccess second = admin.sshAccess(agent.name());

    assertEquals(agent.port().orElseThrow(), first.port());
    assertEquals("developer", first.user());
    assertFalse(first.host().isBlank());
    assertTrue(first.publicKey().startsWith("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"), first.publicKey());
    assertTrue(first.privateKey().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
    assertTrue(first.privateKey().strip().endsWith("-----END OPENSSH PRIVATE KEY-----"));
    assertTrue(first.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), first.fingerprint());
    assertNotEquals(first.privateKey(), second.privateKey());
    assertNotEquals(first.fingerprint(), second.fingerprint());
    byte[] wire = Base64.getDecoder().decode(first.publicKey().split(" ")[1]);
    assertEquals(4 + 11 + 4 + 32, wire.length, "ssh-ed25519 name and a 32-byte key");
    byte[] privateBlob = Base64.getMimeDecoder().decode(first.privateKey()
        .replace("-----BEGIN OPENSSH PRIVATE KEY-----", "").replace("-----END OPENSSH PRIVATE KEY-----", ""));
    assertTrue(new String(privateBlob, StandardCharsets.ISO_8859_1).startsWith("openssh-key-v1\0"));
    assertTrue(contains(privateBlob, wire), "the private key file carries its public key");
    assertFalse(admin.getByName(agent.name()).toString().contains(first.privateKey()));
    assertFalse(first.toString().contains(first.privateKey()));
  }

  @Test
  void settingsOfAnUnknownAgentAreNotFound() {
    assertThrows(NotFoundException.class, () -> admin.autonomy("nobody"));
    assertThrows(NotFoundException.class, () -> admin.setTimeout("nobody", TimeoutSettings.seconds(60)));
    assertThrows(NotFoundException.class, () -> admin.sshAccess("nobody"));
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
