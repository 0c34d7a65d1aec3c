package dev.agentpods.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Each redaction rule, on the shapes the API really has and on the ones it must not confuse. */
class RedactorTest {

  private static String json(String json) throws IOException {
    return Redactor.json(new Buffer().writeUtf8(json));
  }

  @Test
  void credentialHeadersAreRedactedAndOthersKept() {
    assertEquals("[redacted]", Redactor.header("X-API-Key", "amk_0123"));
    assertEquals("[redacted]", Redactor.header("x-api-key", "amk_0123"));
    assertEquals("Bearer [redacted]", Redactor.header("Authorization", "Bearer sk-agent-1"));
    assertEquals("Basic [redacted]", Redactor.header("Proxy-Authorization", "Basic b3BzOnB3"));
    assertEquals("[redacted]", Redactor.header("Authorization", "sk-agent-1"));
    assertEquals("[redacted]", Redactor.header("Cookie", "session=abc; theme=dark"));
    assertEquals("[redacted]", Redactor.header("Set-Cookie", "session=abc; HttpOnly"));
    // Headers a caller adds per call, named like credentials.
    assertEquals("[redacted]", Redactor.header("X-Upstream-Token", "t"));
    assertEquals("[redacted]", Redactor.header("X-Client-Secret", "s"));
    // The idempotency key opens the server's stored answer to a create, which may hold a token.
    assertEquals("[redacted]", Redactor.header("Idempotency-Key", "nightly-42"));
    assertEquals("req-1", Redactor.header("X-Request-Id", "req-1"));
    assertEquals("my-org", Redactor.header("X-AgentPods-Org", "my-org"));
    assertEquals("application/json", Redactor.header("Content-Type", "application/json"));
  }

  @Test
  void aUrlLosesItsUserNameAndPasswordOnly() {
    assertEquals("http://h:8080/api/pods?limit=5",
        Redactor.url(HttpUrl.get("http://ops:hunter2@h:8080/api/pods?limit=5")));
    assertEquals("http://h:8080/api/pods?page_token=abc",
        Redactor.url(HttpUrl.get("http://h:8080/api/pods?page_token=abc")));
  }

  @Test
  void theKeyOfACreatedApiKeyIsSecretButAPodsKeyIsNot() throws IOException {
    assertEquals("{\"api_key\":{\"id\":3,\"name\":\"ci\",\"prefix\":\"amk_01\"},\"key\":\"[redacted]\"}",
        json("{\"api_key\": {\"id\": 3, \"name\": \"ci\", \"prefix\": \"amk_01\"}, \"key\": \"amk_0123\"}"));
    // The secret may come first: the rule looks at the whole object.
    assertEquals("{\"key\":\"[redacted]\",\"api_key\":{\"id\":3}}",
        json("{\"key\": \"amk_0123\", \"api_key\": {\"id\": 3}}"));
    assertEquals("{\"pod\":{\"key\":\"pod-xyz789\",\"status\":\"running\"}}",
        json("{\"pod\": {\"key\": \"pod-xyz789\", \"status\": \"running\"}}"));
    assertEquals("{\"api_key\":\"[redacted]\"}", json("{\"api_key\": \"amk_0123\"}"));
    assertEquals("{\"apiKey\":\"[redacted]\"}", json("{\"apiKey\": \"amk_0123\"}"));
  }

  @Test
  void anAgentKeysTokenIsSecretButItsRecordIsNot() throws IOException {
    assertEquals("{\"key\":{\"id\":\"key-1\",\"name\":\"ci\",\"expiresAt\":null},\"token\":\"[redacted]\"}",
        json("{\"key\": {\"id\": \"key-1\", \"name\": \"ci\", \"expiresAt\": null},"
            + " \"token\": \"sk-agent-1\"}"));
  }

  @Test
  void secretNamesAreRedactedWhateverTheirValueAndCase() throws IOException {
    assertEquals("{\"private_key\":\"[redacted]\",\"privateKey\":\"[redacted]\","
        + "\"Passphrase\":\"[redacted]\",\"bundle\":\"[redacted]\",\"password\":\"[redacted]\","
        + "\"secret\":\"[redacted]\",\"access_token\":\"[redacted]\",\"token\":\"[redacted]\"}",
        json("{\"private_key\": \"k\", \"privateKey\": \"k\", \"Passphrase\": \"p\","
            + " \"bundle\": \"b\", \"password\": \"p\", \"secret\": {\"nested\": \"s\"},"
            + " \"access_token\": [\"a\"], \"token\": 12345}"));
    // A null says only that there is no secret.
    assertEquals("{\"token\":null}", json("{\"token\": null}"));
    // Names that merely contain a secret's name are not secret.
    assertEquals("{\"next_page_token\":\"c1\",\"public_key\":\"ssh-ed25519 AAAA\"}",
        json("{\"next_page_token\": \"c1\", \"public_key\": \"ssh-ed25519 AAAA\"}"));
  }

  @Test
  void environmentVariablesKeepTheirNamesOnly() throws IOException {
    assertEquals("{\"environment_variables\":{\"GITHUB_TOKEN\":\"[redacted]\",\"DEBUG\":\"[redacted]\","
        + "\"EMPTY\":null}}",
        json("{\"environment_variables\": {\"GITHUB_TOKEN\": \"ghp_1\", \"DEBUG\": \"1\","
            + " \"EMPTY\": null}}"));
    assertEquals("{\"environment_variables\":\"[redacted]\"}",
        json("{\"environment_variables\": [{\"name\": \"A\", \"value\": \"v\"}]}"));
  }

  @Test
  void theMcpConfigurationGoesWhole() throws IOException {
    assertEquals("{\"custom_mcp_config\":\"[redacted]\",\"max_turns\":100}",
        json("{\"custom_mcp_config\": {\"servers\": [{\"name\": \"gh\", \"args\": [\"--pat\", \"x\"]}]},"
            + " \"max_turns\": 100}"));
  }

  @Test
  void filesToInjectKeepTheirPathsButAListOfFilesIsReadable() throws IOException {
    assertEquals("{\"files\":{\".env\":\"[redacted]\",\".claude/.credentials.json\":\"[redacted]\"}}",
        json("{\"files\": {\".env\": \"A=1\", \".claude/.credentials.json\": \"{}\"}}"));
    assertEquals("{\"source\":\"request\",\"files\":[\".env\"]}",
        json("{\"source\": \"request\", \"files\": [\".env\"]}"));
    assertEquals("{\"files\":[{\"path\":\".env\",\"exists\":true,\"size\":120}]}",
        json("{\"files\": [{\"path\": \".env\", \"exists\": true, \"size\": 120}]}"));
  }

  @Test
  void everyOtherValueIsKeptAsWritten() throws IOException {
    assertEquals("[{\"n\":10,\"x\":1.50,\"e\":-2E+3,\"b\":false,\"z\":null,\"s\":\"a\\\"b\\n\"},[],{}]",
        json(" [ {\"n\": 10, \"x\": 1.50, \"e\": -2E+3, \"b\": false, \"z\": null,"
            + " \"s\": \"a\\\"b\\n\"}, [], {} ] "));
    assertEquals("\"just a string\"", json("\"just a string\""));
  }

  @Test
  void aSecretInAnArrayOfObjectsIsFound() throws IOException {
    assertEquals("{\"users\":[{\"email\":\"a@b.c\",\"token\":\"[redacted]\"}]}",
        json("{\"users\": [{\"email\": \"a@b.c\", \"token\": \"t\"}]}"));
  }

  /** A duplicate name must not hide a secret: each member is judged on its own. */
  @Test
  void duplicateNamesAreEachRedacted() throws IOException {
    assertEquals("{\"token\":\"[redacted]\",\"token\":\"[redacted]\"}",
        json("{\"token\": \"a\", \"token\": \"b\"}"));
  }

  @Test
  void whatIsNotOneCompleteJsonValueIsRefused() {
    for (String bad : new String[] {"{\"token\": \"abc", "{\"a\": 1} {\"b\": 2}", "{token: 1}",
        "[1,]", "", "not json", "[".repeat(300) + "]".repeat(300)}) {
      assertThrows(IOException.class, () -> json(bad), bad);
    }
  }
}
