package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;

/** The whole contract suite against the control plane, called in-process, on the in-memory store. */
@DisplayName("contract: in-process")
class InProcessContractTest extends ContractSuite {

  @Override
  Implementation makeImplementation() {
    return new InProcessImplementation(ContractStore.IN_MEMORY);
  }
}
