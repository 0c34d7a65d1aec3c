package dev.agentpods.client;

import static dev.agentpods.client.WorkspaceRequestTest.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.AgentsApi;
import dev.agentpods.agents.CreatedUser;
import dev.agentpods.agents.CredentialBundle;
import dev.agentpods.agents.CredentialExportParams;
import dev.agentpods.agents.CredentialImportParams;
import dev.agentpods.agents.CredentialInjectParams;
import dev.agentpods.agents.SshAccess;
import dev.agentpods.agents.UserCreateParams;
import dev.agentpods.errors.AgentPodsIoException;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.PermissionDeniedException;
import dev.agentpods.errors.UnauthorizedException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * The workspace API's secrets: the SSH private key and a user's token are shown once, in their
 * answer, and masked in {@code toString()}; passphrases, bundles and credential files are masked
 * in the parameters; none of them reaches an exception's message.
 */
class WorkspaceSecretsTest extends MockServerTestBase {

  private static final String PASSPHRASE = "correct-horse-battery-staple-42";
  private static final String FILE_CONTENT = "OPENAI_API_KEY=sk-live-0a1b2c3d4e5f";

  @Test
  void sshAccessToStringMasksThePrivateKey() {
    enqueueJson(WorkspaceExamples.SSH_ACCESS);

    SshAccess access = bearerClient().agents().sshAccess(AGENT);

    String text = access.toString();
    assertEquals(WorkspaceExamples.SSH_PRIVATE_KEY_TEXT, access.privateKey());
    assertFalse(text.contains("PRIVATE KEY"), text);
    assertFalse(text.contains("b3BlbnNzaC1rZXktdjEA"), text);
    assertTrue(text.contains("privateKey=****"), text);
    // The public half is not secret: it stays readable.
    assertTrue(text.contains("publicKey=ssh-ed25519 "), text);
    assertTrue(text.contains("fingerprint=SHA256:"), text);
  }

  @Test
  void createdUserToStringMasksTheToken() {
    enqueueJson(201, WorkspaceExamples.CREATED_USER);

    CreatedUser created = bearerClient().users().create(UserCreateParams.of("bob@example.com"));

    String text = created.toString();
    assertEquals(WorkspaceExamples.USER_TOKEN, created.token());
    assertFalse(text.contains(WorkspaceExamples.USER_TOKEN), text);
    assertTrue(text.contains("token=****"), text);
    assertTrue(text.contains("email=bob@example.com"), text);
  }

  @Test
  void credentialParamsToStringMaskPassphraseBundleAndFileContents() {
    CredentialExportParams export = CredentialExportParams.of(PASSPHRASE);
    CredentialImportParams imported = CredentialImportParams.of(
        CredentialBundle.builder().bundle(WorkspaceExamples.BUNDLE_TEXT).build(), PASSPHRASE);
    CredentialInjectParams inject =
        CredentialInjectParams.builder().putFile(".env", FILE_CONTENT).build();

    for (Object params : List.of(export, imported, inject)) {
      String text = params.toString();
      assertFalse(text.contains(PASSPHRASE), text);
      assertFalse(text.contains(WorkspaceExamples.BUNDLE_TEXT), text);
      assertFalse(text.contains(FILE_CONTENT), text);
      assertFalse(text.contains("sk-live"), text);
      assertTrue(text.contains("****"), text);
    }
  }

  /**
   * What the request carried (passphrase, bundle, files) is never quoted by a failure of the
   * call, whatever the failure: an error status, an answer of the wrong shape, no answer.
   */
  @Test
  void failedCredentialCallsShowNoneOfWhatTheySent() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"name\": \"ValidationError\","
        + " \"message\": \"Invalid request: passphrase\","
        + " \"errors\": {\"passphrase\": [\"must be 8 to 1024 characters\"]}}"));
    server.enqueue(new MockResponse().setResponseCode(403));
    enqueueJson("{\"bundle\": 7}");
    enqueueJson("{\"source\": 7}");
    AgentsApi agents = bearerClient().agents();
    CredentialImportParams importParams = CredentialImportParams.builder()
        .bundle(WorkspaceExamples.BUNDLE_TEXT).passphrase(PASSPHRASE).build();
    CredentialInjectParams injectParams =
        CredentialInjectParams.builder().putFile(".env", FILE_CONTENT).build();

    assertNoWorkspaceSecretIn(assertFails(BadRequestException.class,
        () -> agents.exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE))));
    assertNoWorkspaceSecretIn(assertFails(PermissionDeniedException.class,
        () -> agents.importCredentials(AGENT, importParams)));
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> agents.exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE))));
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> agents.injectCredentials(AGENT, injectParams)));

    // A new client: a pooled connection would be answered rather than dropped.
    ((QueueDispatcher) server.getDispatcher())
        .setFailFast(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    AgentsApi unreachable = bearerClient().agents();
    AgentPodsIoException dropped = assertFails(AgentPodsIoException.class,
        () -> unreachable.exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE)));
    assertNoWorkspaceSecretIn(dropped);
    assertEquals(0, dropped.statusCode());
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> unreachable.importCredentials(AGENT, importParams)));
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> unreachable.injectCredentials(AGENT, injectParams)));
  }

  /**
   * An answer that carries a secret but is otherwise unreadable: the message names what is
   * wrong, never the secret (the raw body is kept on the exception, as for every answer).
   */
  @Test
  void anUnreadableAnswerCarryingASecretDoesNotQuoteItInTheMessage() {
    // Each lacks a required field, or has one of the wrong type, next to the secret.
    enqueueJson(WorkspaceExamples.SSH_ACCESS.replace("\"port\": 2222,", ""));
    enqueueJson(WorkspaceExamples.SSH_ACCESS.replace("\"port\": 2222", "\"port\": \"22x\""));
    enqueueJson(201, "{\"user\": {\"email\": \"bob@example.com\"},"
        + " \"token\": \"" + WorkspaceExamples.USER_TOKEN + "\"}");
    enqueueJson(201, "{\"user\": null, \"token\": \"" + WorkspaceExamples.USER_TOKEN + "\"}");
    enqueueJson("{\"bundle\": \"" + WorkspaceExamples.BUNDLE_TEXT + "\", \"bundle\": 1}");
    AgentPodsClient client = bearerClient();

    for (int i = 0; i < 2; i++) {
      assertNoWorkspaceSecretIn(
          assertFails(AgentPodsIoException.class, () -> client.agents().sshAccess(AGENT)));
    }
    for (int i = 0; i < 2; i++) {
      assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
          () -> client.users().create(UserCreateParams.of("bob@example.com"))));
    }
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> client.agents().exportCredentials(AGENT, CredentialExportParams.of(PASSPHRASE))));
  }

  /** A user calls with the token it was given; no failure shows it. */
  @Test
  void aUsersTokenReachesNoException() {
    String userToken = WorkspaceExamples.USER_TOKEN;
    AgentPodsClient user = track(builder().bearerToken(userToken).build());
    server.enqueue(new MockResponse().setResponseCode(401)
        .setBody("{\"name\": \"UnauthorizedError\", \"message\": \"invalid token\"}"));
    server.enqueue(new MockResponse().setResponseCode(403));
    enqueueJson("<html>not json</html>");

    for (Throwable thrown : List.of(
        assertFails(UnauthorizedException.class, () -> user.agents().list()),
        assertFails(PermissionDeniedException.class, () -> user.agents().download(AGENT, "a")),
        assertFails(AgentPodsIoException.class, () -> user.agents().sshAccess(AGENT)))) {
      assertNoWorkspaceSecretIn(thrown);
    }

    // A new client: a pooled connection would be answered rather than dropped.
    ((QueueDispatcher) server.getDispatcher())
        .setFailFast(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    AgentPodsClient unreachable = track(builder().bearerToken(userToken).build());
    assertNoWorkspaceSecretIn(assertFails(AgentPodsIoException.class,
        () -> unreachable.agents().download(AGENT, "a")));
    assertNoWorkspaceSecretIn(
        assertFails(AgentPodsIoException.class, () -> unreachable.users().list()));
    AgentPodsIoException dropped = assertFails(AgentPodsIoException.class,
        () -> unreachable.agents().sshAccess(AGENT));
    assertEquals(0, dropped.statusCode());
  }

  private static void assertNoWorkspaceSecretIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      for (String text : new String[] {t.getMessage(), t.toString()}) {
        if (text == null) {
          continue;
        }
        for (String secret : new String[] {PASSPHRASE, FILE_CONTENT, "sk-live",
            WorkspaceExamples.BUNDLE_TEXT, WorkspaceExamples.USER_TOKEN, "PRIVATE KEY",
            "b3BlbnNzaC1rZXktdjEA"}) {
          assertFalse(text.contains(secret), () -> "secret leaked: " + text);
        }
      }
    }
  }
}
