package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The whole contract suite against the control plane, called in-process. */
@DisplayName("contract: in-process")
class InProcessContractTest {

  @Nested
  class Pods extends PodsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class NamedPods extends NamedPodsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Runners extends RunnersContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Deadlines extends DeadlinesContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Capacity extends CapacityContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Orgs extends OrgsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Agents extends AgentsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class AgentLifecycle extends AgentLifecycleContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class AgentKeys extends AgentKeysContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class AgentAccess extends AgentAccessContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Hires extends HiresContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class RuntimeState extends RuntimeStateContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Squads extends SquadsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class WorkspaceAgents extends WorkspaceAgentsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class WorkspaceFiles extends WorkspaceFilesContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class WorkspaceSettings extends WorkspaceSettingsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Credentials extends CredentialsContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Sharing extends SharingContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Folders extends FoldersContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Fleet extends FleetContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Users extends UsersContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Waiters extends WaitersContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }

  @Nested
  class Idempotency extends IdempotencyContract {
    @Override
    Implementation newImplementation() {
      return new InProcessImplementation();
    }
  }
}
