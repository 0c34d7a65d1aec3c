/**
 * Cryptography of the server: encrypted credential bundles, SSH key pairs, and values sealed
 * under a key only their caller holds (stored idempotent responses).
 */
package dev.agentpods.server.secrets;
