package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;

/** The whole contract suite against the control plane, called in-process, on the embedded H2 store. */
@DisplayName("contract: in-process, embedded H2 store")
class EmbeddedStoreContractTest extends ContractSuite {

  @Override
  Implementation makeImplementation() {
    return new InProcessImplementation(ContractStore.EMBEDDED);
  }
}
