package dev.agentpods.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A page addressed by position: {@code items}, the {@code total} number of matching items, and
 * the {@code limit} and {@code offset} that produced it (the {@code 000} and {@code 003} lists).
 */
public final class OffsetPage<T> implements Page<T> {

  /** Fetches the page that starts at {@code offset}. */
  @FunctionalInterface
  public interface Fetcher<T> {
    OffsetPage<T> fetch(int offset, int limit);
  }

  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final Fetcher<T> fetcher;

  private OffsetPage(List<T> items, long total, int limit, int offset, Fetcher<T> fetcher) {
    this.items = List.copyOf(items);
    this.total = total;
    this.limit = limit;
    this.offset = offset;
    this.fetcher = fetcher;
  }

  /** A page that can fetch its successors through {@code fetcher}. */
  public static <T> OffsetPage<T> of(
      List<T> items, long total, int limit, int offset, Fetcher<T> fetcher) {
    return new OffsetPage<>(items, total, limit, offset, Objects.requireNonNull(fetcher, "fetcher"));
  }

  /** A page as decoded from JSON, before a fetcher is attached with {@link #withFetcher}. */
  public static <T> OffsetPage<T> detached(List<T> items, long total, int limit, int offset) {
    return new OffsetPage<>(items, total, limit, offset, null);
  }

  public OffsetPage<T> withFetcher(Fetcher<T> fetcher) {
    return of(items, total, limit, offset, fetcher);
  }

  @Override
  public List<T> items() {
    return items;
  }

  /** The number of items matching the query, over all pages. */
  public long total() {
    return total;
  }

  public int limit() {
    return limit;
  }

  public int offset() {
    return offset;
  }

  @Override
  public boolean hasNextPage() {
    return !items.isEmpty() && offset + (long) items.size() < total;
  }

  @Override
  public OffsetPage<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("this is the last page");
    }
    if (fetcher == null) {
      throw new IllegalStateException("this page was decoded without a fetcher");
    }
    return fetcher.fetch(offset + items.size(), limit);
  }

  @Override
  public String toString() {
    return "OffsetPage{items=" + items.size() + ", total=" + total + ", limit=" + limit
        + ", offset=" + offset + "}";
  }
}
