package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;

/**
 * The whole contract suite through the HTTP client against a real server whose state is in
 * PostgreSQL: the deployment that several servers share.
 */
@DisplayName("contract: HTTP client against the reference server, PostgreSQL store")
class PostgresContractTest extends ContractSuite {

  @Override
  Implementation makeImplementation() {
    return new HttpImplementation(ContractStore.POSTGRES);
  }
}
