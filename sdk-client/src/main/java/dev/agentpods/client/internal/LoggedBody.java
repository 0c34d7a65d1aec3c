package dev.agentpods.client.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.GzipSource;

/**
 * A body as the log shows it, read without taking it from the caller: a request body is written
 * to a copy, a response body is peeked (its start is buffered and stays there for the caller).
 *
 * <ul>
 *   <li>JSON ({@code application/json}, {@code +json}, or a body without a content type that
 *       parses as JSON) is read whole, up to {@value #MAX_REDACTED_BYTES} bytes, and shown with
 *       its secrets redacted by {@link Redactor}. Larger JSON, or JSON that does not parse, is not
 *       shown: a secret in a part that was not read could not be found.
 *   <li>Other text ({@code text/*}, XML) is shown up to {@value #MAX_SHOWN_CHARS} characters.
 *   <li>Anything else (files, images, forms) is shown as its size and type only.
 * </ul>
 * What is shown is cut at {@value #MAX_SHOWN_CHARS} characters.
 */
final class LoggedBody {

  /** The most of a body one log record shows. */
  static final int MAX_SHOWN_CHARS = 16 * 1024;
  /** The largest JSON body read in full to be redacted. */
  static final long MAX_REDACTED_BYTES = 1024 * 1024;

  private enum Kind {
    JSON,
    TEXT,
    BINARY,
    /** No content type: shown only if it is JSON, which is then redacted. */
    UNKNOWN
  }

  private LoggedBody() {}

  static String of(RequestBody body) throws IOException {
    if (body == null || body.contentLength() == 0) {
      return "(no body)";
    }
    if (body.isOneShot() || body.isDuplex()) {
      return "(not read for the log: it can be sent only once)";
    }
    Kind kind = kind(body.contentType());
    long length = body.contentLength();
    if (kind == Kind.BINARY) {
      return binary(body.contentType(), length);
    }
    if (length < 0 || length > MAX_REDACTED_BYTES) {
      // Writing it to a copy would hold all of it in memory.
      return "(" + size(length) + ": not read for the log)";
    }
    Buffer copy = new Buffer();
    body.writeTo(copy);
    return text(kind, body.contentType(), copy, true, length);
  }

  static String of(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null || body.contentLength() == 0) {
      return "(no body)";
    }
    MediaType type = body.contentType();
    long length = body.contentLength();
    Kind kind = kind(type);
    if (kind == Kind.BINARY) {
      return binary(type, length);
    }
    String encoding = response.header("Content-Encoding");
    boolean gzip = "gzip".equalsIgnoreCase(encoding);
    if (encoding != null && !gzip && !"identity".equalsIgnoreCase(encoding)) {
      return "(" + size(length) + ", " + encoding + "-encoded)";
    }
    long limit = kind == Kind.TEXT ? MAX_SHOWN_CHARS : MAX_REDACTED_BYTES;
    Buffer start = new Buffer();
    start.write(response.peekBody(limit + 1).bytes());
    boolean complete = start.size() <= limit;
    if (gzip) {
      Buffer decoded = new Buffer();
      complete &= gunzip(start, decoded, limit + 1);
      complete &= decoded.size() <= limit;
      start = decoded;
    }
    if (start.size() == 0 && complete) {
      return "(no body)";
    }
    return text(kind, type, start, complete, length);
  }

  /** JSON redacted, or text cut; {@code complete} says whether {@code content} is all of it. */
  private static String text(Kind kind, MediaType type, Buffer content, boolean complete, long length)
      throws IOException {
    if (kind == Kind.TEXT) {
      Charset charset = type.charset(StandardCharsets.UTF_8);
      return shown(content.readString(charset), complete, length);
    }
    if (!complete) {
      return "(JSON, " + size(length) + ": over the " + MAX_REDACTED_BYTES
          + " bytes read to redact it, not shown)";
    }
    long read = content.size();
    try {
      return shown(Redactor.json(content), true, length);
    } catch (IOException e) {
      return kind == Kind.JSON
          ? "(" + size(read) + " that are not valid JSON: not shown, secrets could not be redacted)"
          : "(" + size(read) + " without a content type, not JSON: not shown)";
    }
  }

  /** {@code text}, cut to {@link #MAX_SHOWN_CHARS} with a note if anything is left out. */
  private static String shown(String text, boolean complete, long length) {
    if (complete && text.length() <= MAX_SHOWN_CHARS) {
      return text;
    }
    String cut = text.length() > MAX_SHOWN_CHARS ? text.substring(0, MAX_SHOWN_CHARS) : text;
    return cut + "... (cut for the log" + (length < 0 ? ")" : "; " + size(length) + " in all)");
  }

  /**
   * Inflates what there is of a gzip stream into {@code out}, at most {@code limit} bytes.
   * Returns false if the stream did not end there: the peeked start was cut, or is damaged.
   */
  private static boolean gunzip(Buffer compressed, Buffer out, long limit) {
    try (GzipSource gzip = new GzipSource(compressed)) {
      while (out.size() < limit) {
        if (gzip.read(out, limit - out.size()) == -1) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      // EOFException: the peeked start ends inside the stream; anything else: damaged.
      return false;
    }
  }

  private static String binary(MediaType type, long length) {
    return "(binary, " + size(length) + ", " + type + ")";
  }

  private static String size(long length) {
    return length < 0 ? "length unknown" : length == 1 ? "1 byte" : length + " bytes";
  }

  private static Kind kind(MediaType type) {
    if (type == null) {
      return Kind.UNKNOWN;
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    if (subtype.equals("json") || subtype.endsWith("+json")) {
      return Kind.JSON;
    }
    if (type.type().equalsIgnoreCase("text") || subtype.equals("xml") || subtype.endsWith("+xml")) {
      return Kind.TEXT;
    }
    return Kind.BINARY;
  }
}
