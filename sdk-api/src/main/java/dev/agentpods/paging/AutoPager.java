package dev.agentpods.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates the items of a page and of every page after it. A page is fetched only when the
 * iteration reaches the end of the previous one, so stopping early costs no extra calls.
 * Each call to {@link #iterator()} starts again from the first page it was given.
 */
public final class AutoPager<T> implements Iterable<T> {

  private final Page<T> firstPage;

  AutoPager(Page<T> firstPage) {
    this.firstPage = firstPage;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page = firstPage;
      private Iterator<T> items = firstPage.items().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          items = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
