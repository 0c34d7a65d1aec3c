package dev.agentpods.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * One page of a list call. {@link #autoPager()} and {@link #stream()} walk this page and every
 * following one, fetching each only when the previous is used up; the caller never handles an
 * offset or a token.
 */
public interface Page<T> {

  /** The items of this page only. */
  List<T> items();

  /** Whether the server has items after this page. */
  boolean hasNextPage();

  /**
   * Fetches the following page.
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  Page<T> nextPage();

  /** Every item from this page on, across pages, fetched lazily. */
  default AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  /** {@link #autoPager()} as a sequential stream. */
  default Stream<T> stream() {
    return autoPager().stream();
  }
}
