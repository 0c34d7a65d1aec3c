package dev.agentpods.contract;

import org.junit.jupiter.api.Nested;

/**
 * The whole contract suite, once per implementation: a subclass says which implementation (the
 * control plane in-process, or the HTTP client against a real server) on which store, and
 * inherits every contract below. A contract added here runs against all of them.
 */
abstract class ContractSuite {

  /** A new implementation, with state of its own: each contract class gets one. */
  abstract Implementation makeImplementation();

  @Nested
  class Pods extends PodsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class NamedPods extends NamedPodsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Runners extends RunnersContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Deadlines extends DeadlinesContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Capacity extends CapacityContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Orgs extends OrgsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Agents extends AgentsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class AgentLifecycle extends AgentLifecycleContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class AgentKeys extends AgentKeysContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class AgentAccess extends AgentAccessContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Hires extends HiresContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class RuntimeState extends RuntimeStateContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Squads extends SquadsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class WorkspaceAgents extends WorkspaceAgentsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class WorkspaceFiles extends WorkspaceFilesContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class WorkspaceSettings extends WorkspaceSettingsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Credentials extends CredentialsContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Sharing extends SharingContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Folders extends FoldersContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Fleet extends FleetContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Users extends UsersContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Waiters extends WaitersContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }

  @Nested
  class Idempotency extends IdempotencyContract {
    @Override
    Implementation newImplementation() {
      return ContractSuite.this.makeImplementation();
    }
  }
}
