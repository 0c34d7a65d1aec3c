package dev.agentpods.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a reference server of its own, with the defaults of
 * {@link AgentPodsServerExtension}: started once for the class on a free port, reset before
 * every test, stopped after the class. Parameters of type {@code AgentPodsClient},
 * {@code AgentPodsServer} and {@code @AdminToken String} are filled in.
 *
 * <pre>{@code
 * @AgentPodsServerTest
 * class CiProvisionerTest {
 *   @Test
 *   void provisionsARunner(AgentPodsClient client) { ... }
 * }
 * }</pre>
 *
 * <p>To change a setting (a {@code ManualClock}, the org, the heartbeat timeout), register the
 * extension on a static field with {@link AgentPodsServerExtension#builder()} instead; use one
 * way or the other in a class, not both.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(AgentPodsServerExtension.class)
public @interface AgentPodsServerTest {}
