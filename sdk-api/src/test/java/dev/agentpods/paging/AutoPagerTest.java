package dev.agentpods.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  private static final List<Integer> ALL = IntStream.range(0, 23).boxed().collect(Collectors.toList());

  private final List<Integer> offsetsFetched = new ArrayList<>();

  private OffsetPage<Integer> offsetPage(int offset, int limit) {
    offsetsFetched.add(offset);
    List<Integer> items = ALL.subList(Math.min(offset, ALL.size()), Math.min(offset + limit, ALL.size()));
    return OffsetPage.of(items, ALL.size(), limit, offset, this::offsetPage);
  }

  private CursorPage<Integer> cursorPage(String token) {
    int start = token == null ? 0 : Integer.parseInt(token);
    int end = Math.min(start + 10, ALL.size());
    Optional<String> next = end < ALL.size() ? Optional.of(String.valueOf(end)) : Optional.empty();
    return CursorPage.of(ALL.subList(start, end), 10, next, this::cursorPage);
  }

  @Test
  void offsetPagesWalkToTheLastItem() {
    assertEquals(ALL, offsetPage(0, 10).stream().collect(Collectors.toList()));
    assertEquals(List.of(0, 10, 20), offsetsFetched);
  }

  @Test
  void cursorPagesWalkToTheLastItem() {
    List<Integer> seen = new ArrayList<>();
    cursorPage(null).autoPager().forEach(seen::add);
    assertEquals(ALL, seen);
  }

  @Test
  void pagesAreFetchedOnlyWhenReached() {
    assertEquals(List.of(0, 1, 2), offsetPage(0, 10).stream().limit(3).collect(Collectors.toList()));
    assertEquals(List.of(0), offsetsFetched);
  }

  @Test
  void theLastPageHasNoNextPage() {
    OffsetPage<Integer> last = offsetPage(20, 10);
    assertFalse(last.hasNextPage());
    assertThrows(NoSuchElementException.class, last::nextPage);
  }

  @Test
  void anEmptyPageEndsTheWalkEvenIfTheTotalSaysMore() {
    OffsetPage<Integer> empty = OffsetPage.of(List.of(), 5, 10, 10, (o, l) -> {
      throw new AssertionError("must not fetch");
    });
    assertEquals(0, empty.stream().count());
  }
}
