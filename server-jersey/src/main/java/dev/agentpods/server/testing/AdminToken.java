package dev.agentpods.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that {@link AgentPodsServerExtension} fills with the server's
 * admin token: to build a client of your own (another org, other timeouts) or to call the API
 * without the SDK.
 *
 * <pre>{@code
 * @Test
 * void anotherOrg(AgentPodsServer server, @AdminToken String token) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AdminToken {}
