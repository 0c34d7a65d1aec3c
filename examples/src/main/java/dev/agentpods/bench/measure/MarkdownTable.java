package dev.agentpods.bench.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table printed as GitHub Markdown, with padded columns so that it reads in a terminal as well
 * as once pasted into {@code docs/performance.md}. Columns after the first are right-aligned:
 * they hold figures.
 */
public final class MarkdownTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("a table has at least one column");
    }
    this.header = List.of(header);
  }

  public MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row of " + header.size() + " cells expected, not " + Arrays.toString(cells));
    }
    rows.add(List.of(cells));
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  @Override
  public String toString() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(3, header.get(c).length());
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    StringBuilder rule = new StringBuilder("|");
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? " " + "-".repeat(widths[c]) + " |" : " " + "-".repeat(widths[c] - 1) + ": |");
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c).replace("|", "\\|");
      String padding = " ".repeat(Math.max(0, widths[c] - cell.length()));
      out.append(' ').append(c == 0 ? cell + padding : padding + cell).append(" |");
    }
    out.append('\n');
  }
}
