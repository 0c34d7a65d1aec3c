package dev.agentpods.contract;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The whole contract suite against the HTTP client and a real server on 127.0.0.1. */
@DisplayName("contract: HTTP client against the reference server")
class HttpContractTest {

  @Nested
  class Pods extends PodsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class NamedPods extends NamedPodsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Runners extends RunnersContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Deadlines extends DeadlinesContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Capacity extends CapacityContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Orgs extends OrgsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Agents extends AgentsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class AgentLifecycle extends AgentLifecycleContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class AgentKeys extends AgentKeysContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class AgentAccess extends AgentAccessContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Hires extends HiresContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class RuntimeState extends RuntimeStateContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Squads extends SquadsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class WorkspaceAgents extends WorkspaceAgentsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class WorkspaceFiles extends WorkspaceFilesContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class WorkspaceSettings extends WorkspaceSettingsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Credentials extends CredentialsContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Sharing extends SharingContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Folders extends FoldersContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Fleet extends FleetContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Users extends UsersContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Waiters extends WaitersContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }

  @Nested
  class Idempotency extends IdempotencyContract {
    @Override
    Implementation newImplementation() {
      return new HttpImplementation();
    }
  }
}
