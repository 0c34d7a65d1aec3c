/**
 * Cryptography of the workspace API: encrypted credential bundles and SSH key pairs.
 */
package dev.agentpods.server.secrets;
