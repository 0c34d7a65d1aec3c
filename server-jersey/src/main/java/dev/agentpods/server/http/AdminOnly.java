package dev.agentpods.server.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only the admin credential may call this endpoint. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface AdminOnly {}
