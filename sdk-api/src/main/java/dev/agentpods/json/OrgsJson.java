package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.agentpods.orgs.ApiKey;
import dev.agentpods.orgs.ApiKeyCreateParams;
import dev.agentpods.orgs.CreatedApiKey;
import dev.agentpods.orgs.Org;
import dev.agentpods.orgs.OrgCreateParams;
import java.util.List;

/** The JSON of the organization and API-key extension endpoints. */
public final class OrgsJson {

  private final JsonAdapter<Org> orgEnvelope;
  private final JsonAdapter<List<Org>> orgList;
  private final JsonAdapter<OrgCreateParams> createParams;
  private final JsonAdapter<ApiKeyCreateParams> apiKeyCreateParams;
  private final JsonAdapter<CreatedApiKey> createdApiKey;
  private final JsonAdapter<List<ApiKey>> apiKeyList;

  OrgsJson(Moshi moshi) {
    JsonAdapter<Org> org = moshi.adapter(Org.class);
    this.orgEnvelope = Envelopes.single("org", org);
    this.orgList = Envelopes.list("orgs", org);
    this.createParams = moshi.adapter(OrgCreateParams.class);
    this.apiKeyCreateParams = moshi.adapter(ApiKeyCreateParams.class);
    this.createdApiKey = moshi.adapter(CreatedApiKey.class);
    this.apiKeyList = Envelopes.list("api_keys", moshi.adapter(ApiKey.class));
  }

  /** {@code {"org": {...}}}. */
  public JsonAdapter<Org> orgEnvelope() {
    return orgEnvelope;
  }

  /** {@code {"orgs": [...]}}. */
  public JsonAdapter<List<Org>> orgList() {
    return orgList;
  }

  public JsonAdapter<OrgCreateParams> createParams() {
    return createParams;
  }

  public JsonAdapter<ApiKeyCreateParams> apiKeyCreateParams() {
    return apiKeyCreateParams;
  }

  /** {@code {"api_key": {...}, "key": "amk_..."}}. */
  public JsonAdapter<CreatedApiKey> createdApiKey() {
    return createdApiKey;
  }

  /** {@code {"api_keys": [...]}}. */
  public JsonAdapter<List<ApiKey>> apiKeyList() {
    return apiKeyList;
  }
}
