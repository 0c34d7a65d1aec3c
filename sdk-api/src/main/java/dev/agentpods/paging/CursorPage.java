package dev.agentpods.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A page addressed by an opaque token: {@code items}, their {@code count}, the {@code limit},
 * and the {@code next_page_token} that fetches the following page (the {@code 001} list).
 */
public final class CursorPage<T> implements Page<T> {

  /** Fetches the page that {@code pageToken} points at. */
  @FunctionalInterface
  public interface Fetcher<T> {
    CursorPage<T> fetch(String pageToken);
  }

  private final List<T> items;
  private final int count;
  private final int limit;
  private final String nextPageToken;
  private final Fetcher<T> fetcher;

  private CursorPage(
      List<T> items, int count, int limit, String nextPageToken, Fetcher<T> fetcher) {
    this.items = List.copyOf(items);
    this.count = count;
    this.limit = limit;
    this.nextPageToken = nextPageToken;
    this.fetcher = fetcher;
  }

  /** A page that can fetch its successors through {@code fetcher}. */
  public static <T> CursorPage<T> of(
      List<T> items, int limit, Optional<String> nextPageToken, Fetcher<T> fetcher) {
    return new CursorPage<>(
        items, items.size(), limit, nextPageToken.orElse(null),
        Objects.requireNonNull(fetcher, "fetcher"));
  }

  /** A page as decoded from JSON, before a fetcher is attached with {@link #withFetcher}. */
  public static <T> CursorPage<T> detached(
      List<T> items, int count, int limit, Optional<String> nextPageToken) {
    return new CursorPage<>(items, count, limit, nextPageToken.orElse(null), null);
  }

  public CursorPage<T> withFetcher(Fetcher<T> fetcher) {
    return new CursorPage<>(items, count, limit, nextPageToken, Objects.requireNonNull(fetcher));
  }

  @Override
  public List<T> items() {
    return items;
  }

  /** The number of items on this page, as the server counted them. */
  public int count() {
    return count;
  }

  public int limit() {
    return limit;
  }

  /** The token of the following page; empty on the last page. */
  public Optional<String> nextPageToken() {
    return Optional.ofNullable(nextPageToken);
  }

  @Override
  public boolean hasNextPage() {
    return nextPageToken != null;
  }

  @Override
  public CursorPage<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("this is the last page");
    }
    if (fetcher == null) {
      throw new IllegalStateException("this page was decoded without a fetcher");
    }
    return fetcher.fetch(nextPageToken);
  }

  @Override
  public String toString() {
    return "CursorPage{items=" + items.size() + ", limit=" + limit
        + ", hasNextPage=" + hasNextPage() + "}";
  }
}
