/**
 * A JUnit Jupiter extension that runs the reference server for the tests of code that uses the
 * SDK: {@link dev.agentpods.server.testing.AgentPodsServerTest} on a test class, or
 * {@link dev.agentpods.server.testing.AgentPodsServerExtension} on a static field to configure
 * it.
 *
 * <p>The only package of the server that needs JUnit and the HTTP client; the project that uses
 * it has both on its test class path already.
 */
package dev.agentpods.server.testing;
