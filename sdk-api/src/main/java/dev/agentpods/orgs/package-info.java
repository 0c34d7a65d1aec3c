/**
 * Organizations and their {@code amk_} API keys: the admin-only extension that mints the
 * credentials the org-scoped APIs ({@code 000}, {@code 003}) expect.
 */
@ApiValue
package dev.agentpods.orgs;

import dev.agentpods.core.ApiValue;
