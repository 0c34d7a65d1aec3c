package dev.agentpods.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.agentpods.paging.CursorPage;
import dev.agentpods.paging.OffsetPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documented wrappers around model values: a single value under a key
 * ({@code {"pod": ...}}), a list under a key ({@code {"runners": [...]}}), and the two page
 * shapes. Readers skip fields they do not know and refuse nulls where a value or an item
 * belongs; pages are read detached from any fetcher.
 */
final class Envelopes {

  private Envelopes() {}

  /** {@code {"<key>": value}}. */
  static <T> JsonAdapter<T> single(String key, JsonAdapter<T> value) {
    return new JsonAdapter<>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        T result = null;
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.nextName().equals(key)) {
            result = value.fromJson(reader);
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        // A null would reach the caller of get() or create() as if it were the answer.
        if (result == null) {
          throw new JsonDataException("missing or null '" + key + "' at " + reader.getPath());
        }
        return result;
      }

      @Override
      public void toJson(JsonWriter writer, T object) throws IOException {
        writer.beginObject();
        writer.name(key);
        value.toJson(writer, object);
        writer.endObject();
      }

      @Override
      public String toString() {
        return "Envelope(" + key + ")";
      }
    };
  }

  /** {@code {"<key>": [values]}}. */
  static <T> JsonAdapter<List<T>> list(String key, JsonAdapter<T> element) {
    return single(key, listOf(element));
  }

  /** {@code {"<itemsKey>": [...], "total": n, "limit": n, "offset": n}}. */
  static <T> JsonAdapter<OffsetPage<T>> offsetPage(String itemsKey, JsonAdapter<T> element) {
    JsonAdapter<List<T>> items = listOf(element);
    return new JsonAdapter<>() {
      @Override
      public OffsetPage<T> fromJson(JsonReader reader) throws IOException {
        List<T> list = null;
        Long total = null;
        Integer limit = null;
        Integer offset = null;
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (name.equals(itemsKey)) {
            list = items.fromJson(reader);
          } else if (name.equals("total")) {
            total = reader.nextLong();
          } else if (name.equals("limit")) {
            limit = reader.nextInt();
          } else if (name.equals("offset")) {
            offset = reader.nextInt();
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        if (list == null || total == null) {
          throw new JsonDataException("expected '" + itemsKey + "' and 'total' in a page");
        }
        return OffsetPage.detached(
            list, total, limit == null ? list.size() : limit, offset == null ? 0 : offset);
      }

      @Override
      public void toJson(JsonWriter writer, OffsetPage<T> page) throws IOException {
        writer.beginObject();
        writer.name(itemsKey);
        items.toJson(writer, page.items());
        writer.name("total").value(page.total());
        writer.name("limit").value(page.limit());
        writer.name("offset").value(page.offset());
        writer.endObject();
      }
    };
  }

  /** {@code {"count": n, "limit": n, "next_page_token": "...", "<itemsKey>": [...]}}. */
  static <T> JsonAdapter<CursorPage<T>> cursorPage(String itemsKey, JsonAdapter<T> element) {
    JsonAdapter<List<T>> items = listOf(element);
    return new JsonAdapter<>() {
      @Override
      public CursorPage<T> fromJson(JsonReader reader) throws IOException {
        List<T> list = null;
        Integer count = null;
        Integer limit = null;
        String nextPageToken = null;
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (name.equals(itemsKey)) {
            list = items.fromJson(reader);
          } else if (name.equals("count")) {
            count = reader.nextInt();
          } else if (name.equals("limit") && reader.peek() != JsonReader.Token.NULL) {
            limit = reader.nextInt();
          } else if (name.equals("next_page_token") && reader.peek() != JsonReader.Token.NULL) {
            nextPageToken = reader.nextString();
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        if (list == null) {
          throw new JsonDataException("expected '" + itemsKey + "' in a page");
        }
        return CursorPage.detached(
            list,
            count == null ? list.size() : count,
            limit == null ? list.size() : limit,
            Optional.ofNullable(nextPageToken));
      }

      @Override
      public void toJson(JsonWriter writer, CursorPage<T> page) throws IOException {
        writer.beginObject();
        writer.name("count").value(page.count());
        writer.name("limit").value(page.limit());
        writer.name("next_page_token").value(page.nextPageToken().orElse(null));
        writer.name(itemsKey);
        items.toJson(writer, page.items());
        writer.endObject();
      }
    };
  }

  /** Writes {@code adapter}'s values without the fields that are {@code null}. */
  static <T> JsonAdapter<T> omittingNulls(JsonAdapter<T> adapter) {
    return new JsonAdapter<>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        return adapter.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        boolean serializeNulls = writer.getSerializeNulls();
        writer.setSerializeNulls(false);
        try {
          adapter.toJson(writer, value);
        } finally {
          writer.setSerializeNulls(serializeNulls);
        }
      }
    };
  }

  /** A bare JSON array, as {@code 004}'s list answers. */
  static <T> JsonAdapter<List<T>> array(JsonAdapter<T> element) {
    return listOf(element);
  }

  private static <T> JsonAdapter<List<T>> listOf(JsonAdapter<T> element) {
    return new JsonAdapter<>() {
      @Override
      public List<T> fromJson(JsonReader reader) throws IOException {
        List<T> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          String path = reader.getPath();
          T value = element.fromJson(reader);
          if (value == null) {
            throw new JsonDataException("null element at " + path);
          }
          list.add(value);
        }
        reader.endArray();
        return list;
      }

      @Override
      public void toJson(JsonWriter writer, List<T> list) throws IOException {
        writer.beginArray();
        for (T value : list) {
          element.toJson(writer, value);
        }
        writer.endArray();
      }
    };
  }
}
