package dev.agentpods.server.http;

import dev.agentpods.orgs.Scope;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The scope an org key needs for this endpoint; the admin has every scope. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface RequiresScope {
  Scope value();
}
