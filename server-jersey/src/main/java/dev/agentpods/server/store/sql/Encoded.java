package dev.agentpods.server.store.sql;

/**
 * A record as its table row holds it: JSON {@code data}, and the {@code sealed} bytes that must
 * not be in it, or {@code null} when there are none.
 */
record Encoded(String data, byte[] sealed) {}
