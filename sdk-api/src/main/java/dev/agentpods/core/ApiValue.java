package dev.agentpods.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every model package: public generated classes hidden behind
 * the abstract type ({@code Pod.builder().build()} returns a {@code Pod}), no Guava, withers,
 * {@code Optional} setters that also take {@code null}, and secrets masked in {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface ApiValue {}
