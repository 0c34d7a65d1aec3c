/**
 * The durable stores: the control plane's state in PostgreSQL or in an embedded H2 database,
 * with an {@link dev.agentpods.server.store.InMemoryStore} kept as a replica of it by
 * {@link dev.agentpods.server.store.sql.SqlStore}, so every rule and index of the in-memory store
 * holds unchanged while the database is the source of truth.
 */
package dev.agentpods.server.store.sql;
