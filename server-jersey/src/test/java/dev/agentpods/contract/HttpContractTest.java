package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;

/** The whole contract suite against the HTTP client and a real server on 127.0.0.1, in-memory store. */
@DisplayName("contract: HTTP client against the reference server")
class HttpContractTest extends ContractSuite {

  @Override
  Implementation makeImplementation() {
    return new HttpImplementation(ContractStore.IN_MEMORY);
  }
}
