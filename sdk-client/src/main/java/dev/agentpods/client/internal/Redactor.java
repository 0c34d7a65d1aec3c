package dev.agentpods.client.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.BufferedSink;

/**
 * What of an HTTP exchange may be logged: every rule that keeps a secret out of the client's log
 * is here. A credential header keeps only its scheme; a JSON body keeps its shape and every
 * non-secret value, and shows {@value #REDACTED} for each secret. Anything this class cannot
 * read with certainty (JSON that does not parse) is not shown at all.
 *
 * <p>The secrets of the API, by JSON name (compared ignoring case, {@code _} and {@code -}, so
 * {@code private_key} and {@code privateKey} are one name):
 * <ul>
 *   <li>{@code token}: an agent key's ({@code CreatedAgentKey}), a user's ({@code CreatedUser});
 *   <li>{@code key} next to {@code api_key}: an org API key's secret ({@code CreatedApiKey}).
 *       Elsewhere {@code key} is a pod's key or an agent key's record, and stays readable;
 *   <li>{@code api_key}, when it is not the key's record (an object);
 *   <li>{@code private_key} ({@code SshAccess}); {@code bundle} and {@code passphrase} (credential
 *       export and import); {@code password}, {@code secret} and OAuth's token names;
 *   <li>{@code files} of a credential inject: the paths stay, the contents go;
 *   <li>{@code environment_variables}: the names stay, the values go. {@code custom_mcp_config}
 *       goes whole, since its free-form shape can hold a token anywhere. The API reference
 *       (section "Secrets: environment variables and MCP configuration") treats both as secrets.
 * </ul>
 */
final class Redactor {

  static final String REDACTED = "[redacted]";

  /**
   * Headers that carry a credential, by lower-case name. {@code Idempotency-Key} is one: the
   * server seals its stored answer to a create (which may hold a token) under that key.
   */
  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie", "idempotency-key");
  /** Parts of a header name that mean a credential, for headers a caller adds per call. */
  private static final List<String> SECRET_HEADER_WORDS =
      List.of("token", "secret", "password", "api-key", "apikey", "session");

  /** Names whose value is a secret, whatever its type. */
  private static final Set<String> SECRET_NAMES = Set.of(
      "token", "secret", "password", "passphrase", "privatekey", "bundle",
      "accesstoken", "refreshtoken", "clientsecret", "custommcpconfig");
  /**
   * Names of maps whose keys are readable and whose values are secrets. Anything else under these
   * names goes whole, except a list of {@link #FILES}: a listing of paths, not their contents.
   */
  private static final Set<String> SECRET_VALUES_NAMES =
      Set.of("environmentvariables", "env", "files");
  private static final String FILES = "files";
  /** An org API key: secret as a string, the key's record as an object. */
  private static final String API_KEY = "apikey";
  /** The secret of a created API key, which sits next to its {@link #API_KEY} record. */
  private static final String KEY = "key";

  private Redactor() {}

  /** The header's value as it may be logged: a credential's scheme stays, the rest is gone. */
  static String header(String name, String value) {
    if (!isSecretHeader(name)) {
      return value;
    }
    int space = value.indexOf(' ');
    boolean hasScheme = space > 0 && value.chars().limit(space).allMatch(Character::isLetter);
    return hasScheme ? value.substring(0, space) + " " + REDACTED : REDACTED;
  }

  private static boolean isSecretHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_HEADERS.contains(lower) || SECRET_HEADER_WORDS.stream().anyMatch(lower::contains);
  }

  /** The URL without a user name or password, which OkHttp never sends but a base URL may hold. */
  static String url(HttpUrl url) {
    if (url.encodedUsername().isEmpty() && url.encodedPassword().isEmpty()) {
      return url.toString();
    }
    return url.newBuilder().username("").password("").build().toString();
  }

  /**
   * {@code json} with every secret value replaced, compact.
   *
   * @throws IOException if it is not one complete JSON value: then none of it may be logged
   */
  static String json(Buffer json) throws IOException {
    Object document;
    try {
      JsonReader reader = JsonReader.of(json);
      document = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("more than one JSON value");
      }
    } catch (JsonDataException e) {
      // Moshi's unchecked complaint, such as nesting too deep.
      throw new IOException(e.getMessage(), e);
    }
    Buffer out = new Buffer();
    JsonWriter writer = JsonWriter.of(out);
    writer.setSerializeNulls(true);
    write(writer, document);
    writer.flush();
    return out.readUtf8();
  }

  /** A JSON object's members in order, duplicates kept: a later duplicate must not hide one. */
  private record Member(String name, Object value) {}

  /** A number as written, so the log shows {@code 10} and not {@code 10.0}. */
  private record JsonNumber(String literal) {}

  private record JsonObject(List<Member> members) {
    boolean has(String normalizedName) {
      return members.stream().anyMatch(m -> normalize(m.name()).equals(normalizedName));
    }
  }

  /** Reads one value: objects as {@link JsonObject}, numbers as their exact decimal. */
  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        List<Member> members = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          members.add(new Member(reader.nextName(), read(reader)));
        }
        reader.endObject();
        return new JsonObject(members);
      }
      case BEGIN_ARRAY: {
        List<Object> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          values.add(read(reader));
        }
        reader.endArray();
        return values;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new JsonNumber(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof JsonObject object) {
      writer.beginObject();
      boolean createdApiKey = object.has(API_KEY);
      for (Member member : object.members()) {
        writer.name(member.name());
        writeMember(writer, normalize(member.name()), member.value(), createdApiKey);
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof String string) {
      writer.value(string);
    } else if (value instanceof JsonNumber number) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(number.literal());
      }
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else {
      writer.nullValue();
    }
  }

  private static void writeMember(JsonWriter writer, String name, Object value, boolean createdApiKey)
      throws IOException {
    boolean record = value instanceof JsonObject;
    if (value == null) {
      // null says only that there is no secret.
      writer.nullValue();
    } else if (SECRET_VALUES_NAMES.contains(name) && record) {
      writer.beginObject();
      for (Member member : ((JsonObject) value).members()) {
        writer.name(member.name());
        if (member.value() == null) {
          writer.nullValue();
        } else {
          writer.value(REDACTED);
        }
      }
      writer.endObject();
    } else if (name.equals(FILES) && value instanceof List) {
      // What an inject wrote, or a listing: paths and sizes, not contents.
      write(writer, value);
    } else if (SECRET_NAMES.contains(name)
        || SECRET_VALUES_NAMES.contains(name)
        || (name.equals(API_KEY) && !record)
        || (name.equals(KEY) && createdApiKey && !record)) {
      writer.value(REDACTED);
    } else {
      write(writer, value);
    }
  }

  private static String normalize(String name) {
    StringBuilder normalized = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-') {
        normalized.append(Character.toLowerCase(c));
      }
    }
    return normalized.toString();
  }
}
