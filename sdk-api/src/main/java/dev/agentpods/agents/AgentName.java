package dev.agentpods.agents;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An agent's name: 1 to 64 characters, no {@code /}, no control characters, no surrounding
 * spaces; never UUID-shaped (a UUID in a path is an id), never {@code .} or {@code ..}, and never
 * a fixed path word ({@code me}, {@code context-stats}, {@code autonomy-status}). Names address
 * agents in paths, so these are the ones a path can carry unambiguously.
 */
@Documented
@Pattern(regexp = AgentName.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AgentName {

  String PATTERN = "(?!(?:me|context-stats|autonomy-status|\\.|\\.\\.)$)"
      + "(?![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"
      + "(?!\\s)[^/\\p{Cntrl}]{1,64}(?<!\\s)";

  String message() default "must be 1-64 characters without '/', control characters or"
      + " surrounding spaces, not a UUID and not me, context-stats or autonomy-status";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
