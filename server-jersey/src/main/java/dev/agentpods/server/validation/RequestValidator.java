package dev.agentpods.server.validation;

import dev.agentpods.errors.BadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request value against the constraints declared on the model, with Hibernate
 * Validator. Every violation is reported under the JSON path of its field, so in-process
 * callers and HTTP clients get the same {@link BadRequestException}.
 */
public final class RequestValidator {

  private final Validator validator;

  public RequestValidator() {
    this.validator = Validation.byProvider(HibernateValidator.class)
        .configure()
        // Messages without expression language: no EL implementation on the class path.
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorGetterStrategy())
        .propertyNodeNameProvider(new JsonPropertyNames())
        .addValueExtractor(new PatchValueExtractor())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Returns {@code value} when it satisfies its constraints.
   *
   * @throws BadRequestException naming every violated field
   */
  public <T> T check(T value) {
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (violations.isEmpty()) {
      return value;
    }
    List<ConstraintViolation<T>> ordered = new ArrayList<>(violations);
    ordered.sort(Comparator.comparing((ConstraintViolation<T> v) -> field(v.getPropertyPath()))
        .thenComparing(ConstraintViolation::getMessage));
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (ConstraintViolation<T> violation : ordered) {
      errors.computeIfAbsent(field(violation.getPropertyPath()), f -> new ArrayList<>())
          .add(violation.getMessage());
    }
    throw BadRequestException.of(errors);
  }

  /** {@code pods[1].key}, {@code custom_agent_args[2]}, {@code environment_variables[FOO]}. */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          field.append('[').append(position).append(']');
        }
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
