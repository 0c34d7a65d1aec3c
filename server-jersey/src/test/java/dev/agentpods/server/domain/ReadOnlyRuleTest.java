package dev.agentpods.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.agents.ReadOnlySettings;
import dev.agentpods.errors.BadRequestException;
import dev.agentpods.errors.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ReadOnlyRuleTest {

  private static final List<String> PATHS = List.of(
      ".env", "notes.txt", "main.py", "src/app.py", "src/deep/util.py", "docs/readme.md",
      ".claude/.credentials.json");

  @Test
  void aDisabledSettingBlocksNothingWhateverItsPatterns() {
    ReadOnlySettings disabled = ReadOnlySettings.builder().enabled(false)
        .blockedPatterns(List.of("**", "*")).build();

    for (String path : PATHS) {
      assertFalse(ReadOnlyRule.blocks(disabled, path), path);
      assertFalse(ReadOnlyRule.blocks(ReadOnlySettings.of(false), path), path);
    }
  }

  @Test
  void noBlockedPatternBlocksEveryPath() {
    for (String path : PATHS) {
      assertTrue(ReadOnlyRule.blocks(ReadOnlySettings.of(true), path), path);
    }
  }

  @Test
  void anAllowedPatternWinsOverTheBlockedOnes() {
    ReadOnlySettings everythingButEnv = ReadOnlySettings.builder().enabled(true)
        .allowedPatterns(List.of(".env", "docs/**")).build();
    ReadOnlySettings pythonButTests = ReadOnlySettings.builder().enabled(true)
        .blockedPatterns(List.of("**.py")).allowedPatterns(List.of("src/deep/*")).build();

    assertFalse(ReadOnlyRule.blocks(everythingButEnv, ".env"));
    assertFalse(ReadOnlyRule.blocks(everythingButEnv, "docs/readme.md"));
    assertTrue(ReadOnlyRule.blocks(everythingButEnv, "notes.txt"));
    assertTrue(ReadOnlyRule.blocks(everythingButEnv, "src/app.py"));

    assertTrue(ReadOnlyRule.blocks(pythonButTests, "src/app.py"));
    assertFalse(ReadOnlyRule.blocks(pythonButTests, "src/deep/util.py"));
    assertFalse(ReadOnlyRule.blocks(pythonButTests, "notes.txt"));
  }

  @Test
  void globsFollowTheFileSystemsGlobSyntax() {
    ReadOnlySettings anyDirectory = blocking("**/*.py");
    ReadOnlySettings topLevel = blocking("*.py");
    ReadOnlySettings anywhere = blocking("**.py");

    // **/ needs a directory: a file at the top is not matched by it.
    assertFalse(ReadOnlyRule.blocks(anyDirectory, "main.py"));
    assertTrue(ReadOnlyRule.blocks(anyDirectory, "src/app.py"));
    assertTrue(ReadOnlyRule.blocks(anyDirectory, "src/deep/util.py"));
    assertFalse(ReadOnlyRule.blocks(anyDirectory, "src/app.pyc"));
    // * stays within one name.
    assertTrue(ReadOnlyRule.blocks(topLevel, "main.py"));
    assertFalse(ReadOnlyRule.blocks(topLevel, "src/app.py"));
    // ** crosses names.
    assertTrue(ReadOnlyRule.blocks(anywhere, "main.py"));
    assertTrue(ReadOnlyRule.blocks(anywhere, "src/deep/util.py"));
    assertFalse(ReadOnlyRule.blocks(anywhere, "docs/readme.md"));
  }

  @Test
  void theCompiledRuleAgreesWithBlocks() {
    for (ReadOnlySettings settings : List.of(
        ReadOnlySettings.of(false), ReadOnlySettings.of(true), blocking("**/*.py"),
        ReadOnlySettings.builder().enabled(true).blockedPatterns(List.of("src/**", ".*"))
            .allowedPatterns(List.of("**/util.py")).build())) {
      Predicate<String> rule = ReadOnlyRule.blocking(settings);
      for (String path : PATHS) {
        assertEquals(ReadOnlyRule.blocks(settings, path), rule.test(path), settings + " " + path);
      }
    }
  }

  @Test
  void credentialWritesAreRefusedByTheSameRule() {
    ReadOnlySettings settings = ReadOnlySettings.builder().enabled(true)
        .allowedPatterns(List.of(".env")).build();

    CredentialLocations.requireWritable(settings, List.of(".env"), "coder");
    ConflictException refused = assertThrows(ConflictException.class,
        () -> CredentialLocations.requireWritable(settings, List.of(".env", ".netrc"), "coder"));
    assertEquals("agent 'coder' is read-only: '.netrc' cannot be written", refused.errorMessage());
    CredentialLocations.requireWritable(ReadOnlySettings.of(false), List.of(".netrc"), "coder");
  }

  @Test
  void aPatternThatIsNotAGlobIsRefusedNamingIt() {
    ReadOnlyRule.requireValid(ReadOnlySettings.builder().enabled(true)
        .blockedPatterns(List.of("**/*.py", "src/{a,b}/*", "[abc]*")).build());

    BadRequestException refused = assertThrows(BadRequestException.class,
        () -> ReadOnlyRule.requireValid(ReadOnlySettings.builder().enabled(false)
            .blockedPatterns(List.of("ok/**", "[unclosed", "{also"))
            .allowedPatterns(List.of("{a,{b}}")).build()));

    assertEquals(Map.of(
            "blocked_patterns[1]", List.of("must be a workspace-relative glob"),
            "allowed_patterns[0]", List.of("must be a workspace-relative glob")),
        refused.fieldErrors());
  }

  private static ReadOnlySettings blocking(String glob) {
    return ReadOnlySettings.builder().enabled(true).blockedPatterns(List.of(glob)).build();
  }
}
