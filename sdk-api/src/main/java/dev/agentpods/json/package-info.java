/**
 * The JSON mapping, written once and used by the client and the server.
 *
 * <p>Field names come from the {@code @Json} annotations of the model; the documented
 * envelopes ({@code {"pod": ...}}, {@code {"pods": [...], "total": ...}}) are declared per API
 * in {@link dev.agentpods.json.PodsJson}, {@link dev.agentpods.json.RunnersJson} and
 * {@link dev.agentpods.json.OrgsJson}. {@link dev.agentpods.json.ApiJson#strict()} is the
 * server's reading (unknown fields and values refused, every problem reported by field);
 * {@link dev.agentpods.json.ApiJson#lenient()} is the client's (unknown fields ignored, unknown
 * enum values read as {@code UNKNOWN}).
 */
@ApiValue
package dev.agentpods.json;

import dev.agentpods.core.ApiValue;
