package dev.agentpods.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A benchmark's {@code --name=value} options. Each benchmark reads the ones it knows, with their
 * defaults; {@link #requireAllRead()} then refuses any other, so a misspelt option fails the run
 * instead of silently measuring with the defaults.
 */
public final class BenchOptions {

  private final Map<String, String> values;
  private final Set<String> read = new TreeSet<>();

  private BenchOptions(Map<String, String> values) {
    this.values = values;
  }

  public static BenchOptions none() {
    return new BenchOptions(Map.of());
  }

  /** Parses {@code --name=value} arguments. */
  public static BenchOptions parse(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 3 || equals == arg.length() - 1) {
        throw new IllegalArgumentException("an option is --name=value, not '" + arg + "'");
      }
      String name = arg.substring(2, equals);
      if (values.put(name, arg.substring(equals + 1)) != null) {
        throw new IllegalArgumentException("--" + name + " is given twice");
      }
    }
    return new BenchOptions(values);
  }

  /** The whole number, at least {@code minimum}, that {@code --name} gives, or {@code otherwise}. */
  public int intAtLeast(String name, int minimum, int otherwise) {
    read.add(name);
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= minimum) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the option's name.
    }
    throw new IllegalArgumentException(
        "--" + name + " takes a whole number of at least " + minimum + ", not '" + value + "'");
  }

  /**
   * The increasing whole numbers, each at least {@code minimum}, that {@code --name} lists with
   * commas ({@code --name=1000,100000}), or {@code otherwise}.
   */
  public List<Integer> increasingInts(String name, int minimum, List<Integer> otherwise) {
    read.add(name);
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    List<Integer> parsed = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      int number;
      try {
        number = Integer.parseInt(part.trim());
      } catch (NumberFormatException e) {
        number = Integer.MIN_VALUE;
      }
      if (number < minimum || (!parsed.isEmpty() && number <= parsed.get(parsed.size() - 1))) {
        throw new IllegalArgumentException("--" + name + " takes increasing whole numbers of at least "
            + minimum + ", separated by commas, not '" + value + "'");
      }
      parsed.add(number);
    }
    return List.copyOf(parsed);
  }

  /** Fails on an option that no one read: the benchmark does not know it. */
  public void requireAllRead() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(read);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown option(s) " + unknown + "; this benchmark takes " + read);
    }
  }
}
