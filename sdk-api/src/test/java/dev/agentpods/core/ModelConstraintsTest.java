package dev.agentpods.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentpods.pods.PodCreateParams;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validator unwraps an empty {@code Optional} (and a kept {@code Patch}) to {@code null}, so a
 * null-refusing constraint on its element turns every absent optional field into an error.
 * {@link NonBlank} is the one to use there.
 */
class ModelConstraintsTest {

  private static final Set<Class<? extends Annotation>> REFUSE_NULL =
      Set.of(NotBlank.class, NotNull.class, NotEmpty.class);

  @Test
  void noOptionalElementRefusesNull() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      for (Method accessor : type.getDeclaredMethods()) {
        AnnotatedType returned = accessor.getAnnotatedReturnType();
        boolean wrapper = accessor.getReturnType() == java.util.Optional.class
            || accessor.getReturnType() == Patch.class;
        if (!wrapper || !(returned instanceof AnnotatedParameterizedType)) {
          continue;
        }
        AnnotatedType element = ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()[0];
        for (Annotation constraint : element.getAnnotations()) {
          if (REFUSE_NULL.contains(constraint.annotationType())) {
            offenders.add(type.getSimpleName() + "." + accessor.getName());
          }
        }
      }
    }
    assertTrue(offenders.isEmpty(), "use @NonBlank inside Optional/Patch: " + offenders);
  }

  @Test
  void theScanSeesTheModel() throws Exception {
    assertTrue(modelTypes().contains(PodCreateParams.class));
  }

  /** Every abstract type of the model packages, from the compiled classes. */
  private static List<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(PodCreateParams.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names = files.map(root::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (type.isInterface()) {
        types.add(type);
      }
    }
    return types;
  }
}
