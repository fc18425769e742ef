package io.cloudimages.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Fixed-width columns, so rows can be printed as they arrive. Widths count terminal cells: a
 * Chinese character takes two, so "CentOS 7.9 64位" lines up with the rest. A value too wide for
 * its column is cut and ends in "~" (not "…", which CJK terminals draw two cells wide).
 */
final class Table {

    static final int MAX_WIDTH = 120;
    private static final String GAP = " ";
    private static final char CUT = '~';

    /** A column: its header and width in terminal cells. */
    record Column(String header, int width) {
    }

    private final PrintWriter out;
    private final List<Column> columns;

    Table(PrintWriter out, List<Column> columns) {
        int total = columns.stream().mapToInt(Column::width).sum() + GAP.length() * (columns.size() - 1);
        if (total > MAX_WIDTH) {
            throw new IllegalArgumentException("the columns take " + total + " cells, more than " + MAX_WIDTH);
        }
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    void header() {
        row(columns.stream().map(Column::header).toArray(String[]::new));
    }

    void row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(fit(i < cells.length ? cells[i] : "", columns.get(i).width()));
        }
        out.println(line.toString().stripTrailing());
    }

    /** The text cut or padded to exactly {@code width} cells. */
    static String fit(String text, int width) {
        String value = text == null ? "" : Printable.text(text.replaceAll("\\s+", " "));
        int cells = cells(value);
        if (cells <= width) {
            return value + " ".repeat(width - cells);
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            int w = cells(codePoint);
            if (used + w > width - 1) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += w;
            i += Character.charCount(codePoint);
        }
        return cut.append(CUT).append(" ".repeat(width - 1 - used)).toString();
    }

    /** How many terminal cells the text takes. */
    static int cells(String text) {
        return text.codePoints().map(Table::cells).sum();
    }

    /** East Asian wide and full-width characters take two cells; combining marks none. */
    static int cells(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)      // Hangul Jamo
                || (codePoint >= 0x2E80 && codePoint <= 0x303E)          // CJK radicals, symbols and punctuation
                || (codePoint >= 0x3041 && codePoint <= 0x33FF)          // kana, CJK compatibility
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)          // CJK extension A
                || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)          // CJK unified ideographs
                || (codePoint >= 0xA000 && codePoint <= 0xA4CF)          // Yi
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)          // Hangul syllables
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)          // CJK compatibility ideographs
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)          // CJK compatibility forms
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)          // full-width forms
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x1F300 && codePoint <= 0x1F64F)        // symbols, pictographs, emoticons
                || (codePoint >= 0x1F680 && codePoint <= 0x1F6FF)        // transport and map symbols
                || (codePoint >= 0x1F900 && codePoint <= 0x1FAFF)        // supplemental symbols and pictographs
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);       // CJK extensions B and beyond
        return wide ? 2 : 1;
    }
}
