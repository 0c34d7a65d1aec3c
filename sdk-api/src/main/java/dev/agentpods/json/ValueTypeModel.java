package dev.agentpods.json;

import com.squareup.moshi.Json;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the JSON mapping knows of one Immutables value type: its properties in declaration
 * order, each with its JSON name (the accessor's {@code @Json} name, else the accessor name),
 * how to read it from a value and how to set it on the generated builder.
 *
 * <p>A property is every abstract accessor, plus each {@code @Value.Default} accessor. Other
 * default methods (derived helpers) are not part of the JSON.
 */
final class ValueTypeModel {

  enum Kind {
    /** Must be present: building fails without it. */
    REQUIRED,
    /** Has a default value when absent. */
    DEFAULTED,
    /** An {@code Optional}: empty when absent or null. */
    OPTIONAL,
    /** A list or set: empty when absent. */
    COLLECTION,
    /** A map: empty when absent. */
    MAP
  }

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

  private static final ClassValue<Optional<ValueTypeModel>> MODELS =
      new ClassValue<>() {
        @Override
        protected Optional<ValueTypeModel> computeValue(Class<?> type) {
          return Optional.ofNullable(inspect(type));
        }
      };

  private final Class<?> type;
  private final List<Property> properties;
  private final Map<String, Property> byJsonName;
  private final MethodHandle newBuilder;
  private final MethodHandle build;

  private ValueTypeModel(
      Class<?> type, List<Property> properties, MethodHandle newBuilder, MethodHandle build) {
    this.type = type;
    this.properties = List.copyOf(properties);
    this.newBuilder = newBuilder;
    this.build = build;
    Map<String, Property> names = new LinkedHashMap<>();
    for (Property property : properties) {
      names.put(property.jsonName, property);
    }
    this.byJsonName = names;
  }

  /** The model of {@code type}, or empty when it is not an Immutables abstract value type. */
  static Optional<ValueTypeModel> of(Class<?> type) {
    return MODELS.get(type);
  }

  Class<?> type() {
    return type;
  }

  List<Property> properties() {
    return properties;
  }

  Property property(String jsonName) {
    return byJsonName.get(jsonName);
  }

  Object newBuilder() {
    try {
      return newBuilder.invoke();
    } catch (Throwable e) {
      throw propagate(e);
    }
  }

  /** Builds the value; Immutables' own checks surface as the exceptions they throw. */
  Object build(Object builder) {
    try {
      return build.invoke(builder);
    } catch (Throwable e) {
      throw propagate(e);
    }
  }

  /** One JSON field of the type. */
  static final class Property {
    final int index;
    final String jsonName;
    final String attribute;
    final Kind kind;
    /** The type of the value as JSON holds it: the element of an {@code Optional}, else the accessor's type. */
    final Type valueType;
    private final MethodHandle getter;
    private final MethodHandle setter;

    private Property(
        int index,
        String jsonName,
        String attribute,
        Kind kind,
        Type valueType,
        MethodHandle getter,
        MethodHandle setter) {
      this.index = index;
      this.jsonName = jsonName;
      this.attribute = attribute;
      this.kind = kind;
      this.valueType = valueType;
      this.getter = getter;
      this.setter = setter;
    }

    /** The property's value, with an empty {@code Optional} as {@code null}. */
    Object get(Object instance) {
      try {
        Object value = getter.invoke(instance);
        return kind == Kind.OPTIONAL ? ((Optional<?>) value).orElse(null) : value;
      } catch (Throwable e) {
        throw propagate(e);
      }
    }

    void set(Object builder, Object value) {
      try {
        setter.invoke(builder, value);
      } catch (Throwable e) {
        throw propagate(e);
      }
    }
  }

  private static ValueTypeModel inspect(Class<?> type) {
    if (!(type.isInterface() || Modifier.isAbstract(type.getModifiers())) || type.isArray()) {
      return null;
    }
    Class<?> implementation;
    try {
      implementation = Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    try {
      MethodHandle newBuilder = builderFactory(type, implementation);
      Class<?> builderClass = newBuilder.type().returnType();
      MethodHandle build = LOOKUP.unreflect(builderClass.getMethod("build"))
          .asType(MethodType.methodType(Object.class, Object.class));
      List<Property> properties = new ArrayList<>();
      for (Method accessor : accessors(type, implementation)) {
        properties.add(property(properties.size(), accessor, builderClass));
      }
      return new ValueTypeModel(type, properties, newBuilder.asType(MethodType.methodType(Object.class)), build);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot map " + type.getName() + " to JSON", e);
    }
  }

  /** The type's own {@code Builder} class when it declares one, else {@code ImmutableX.builder()}. */
  private static MethodHandle builderFactory(Class<?> type, Class<?> implementation)
      throws ReflectiveOperationException {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())) {
        Constructor<?> constructor = nested.getConstructor();
        return LOOKUP.unreflectConstructor(constructor);
      }
    }
    return LOOKUP.unreflect(implementation.getMethod("builder"));
  }

  /**
   * The accessors that are JSON properties, in the order the generated class declares them:
   * the abstract ones, and the default ones the generated class keeps a field for (its
   * {@code @Value.Default} attributes; a helper default method has no field).
   */
  private static List<Method> accessors(Class<?> type, Class<?> implementation) {
    Map<String, Integer> order = new HashMap<>();
    Field[] fields = implementation.getDeclaredFields();
    for (int i = 0; i < fields.length; i++) {
      if (!Modifier.isStatic(fields[i].getModifiers())) {
        order.putIfAbsent(fields[i].getName(), i);
      }
    }
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      boolean candidate = method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && method.getDeclaringClass() != Object.class;
      boolean attribute = Modifier.isAbstract(method.getModifiers())
          || (method.isDefault() && order.containsKey(method.getName()));
      if (candidate && attribute) {
        byName.putIfAbsent(method.getName(), method);
      }
    }
    List<Method> accessors = new ArrayList<>(byName.values());
    accessors.sort(Comparator.comparingInt(m -> order.getOrDefault(m.getName(), Integer.MAX_VALUE)));
    return accessors;
  }

  private static Property property(int index, Method accessor, Class<?> builderClass)
      throws ReflectiveOperationException {
    Json json = accessor.getAnnotation(Json.class);
    String jsonName = json != null && !Json.UNSET_NAME.equals(json.name()) ? json.name() : accessor.getName();
    Class<?> raw = accessor.getReturnType();
    Type generic = accessor.getGenericReturnType();
    Kind kind;
    Type valueType = generic;
    Class<?> setterParameter;
    if (raw == Optional.class) {
      kind = Kind.OPTIONAL;
      valueType = ((ParameterizedType) generic).getActualTypeArguments()[0];
      setterParameter = null;
    } else if (Collection.class.isAssignableFrom(raw)) {
      kind = Kind.COLLECTION;
      setterParameter = Iterable.class;
    } else if (Map.class.isAssignableFrom(raw)) {
      kind = Kind.MAP;
      setterParameter = Map.class;
    } else {
      kind = accessor.isDefault() ? Kind.DEFAULTED : Kind.REQUIRED;
      setterParameter = raw;
    }
    Method setter = setter(builderClass, accessor.getName(), setterParameter);
    MethodHandle getter = LOOKUP.unreflect(accessor)
        .asType(MethodType.methodType(Object.class, Object.class));
    MethodHandle set = LOOKUP.unreflect(setter)
        .asType(MethodType.methodType(Object.class, Object.class, Object.class));
    return new Property(index, jsonName, accessor.getName(), kind, valueType, getter, set);
  }

  /**
   * The builder method that sets {@code attribute}: the one taking {@code parameter}, or for an
   * {@code Optional} the one taking the bare value.
   */
  private static Method setter(Class<?> builderClass, String attribute, Class<?> parameter)
      throws NoSuchMethodException {
    for (Method method : builderClass.getMethods()) {
      if (!method.getName().equals(attribute) || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> accepted = method.getParameterTypes()[0];
      if (parameter == null ? accepted != Optional.class : accepted == parameter) {
        return method;
      }
    }
    throw new NoSuchMethodException(builderClass.getName() + "." + attribute);
  }

  private static RuntimeException propagate(Throwable e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    return new IllegalStateException(e);
  }
}
