package dev.agentpods.server.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any valid credential may call this endpoint; the domain decides what that caller may do
 * (the Agents API, where operator and agent keys have different rights).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Authenticated {}
