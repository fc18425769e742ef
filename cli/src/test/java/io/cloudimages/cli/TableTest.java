package io.cloudimages.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void chineseCharactersTakeTwoCells() {
        assertThat(Table.cells("CentOS 7.9 64位")).isEqualTo(15);
        assertThat(Table.cells("数据中心版")).isEqualTo(10);
    }

    @Test
    void aShortValueIsPaddedToTheColumnWidth() {
        assertThat(Table.fit("64位", 6)).isEqualTo("64位  ");
    }

    @Test
    void aLongValueIsCutAndMarked() {
        String cut = Table.fit("Windows Server 2019 数据中心版", 23);

        assertThat(cut).isEqualTo("Windows Server 2019 数~");
        assertThat(Table.cells(cut)).isEqualTo(23);
    }

    @Test
    void aWideCharacterThatWouldOverflowIsLeftOutAndTheCellPadded() {
        assertThat(Table.fit("Windows Server 2019 数据中心版", 22)).isEqualTo("Windows Server 2019 ~ ");
        String cut = Table.fit("abc数据", 5);

        assertThat(cut).isEqualTo("abc~ ");
        assertThat(Table.cells(cut)).isEqualTo(5);
    }

    @Test
    void controlCharactersFromTheCloudNeverReachTheTerminal() {
        String cell = Table.fit("evil\u001b[2J\u0007name\u202e", 20);

        assertThat(cell).startsWith("evil?[2J?name?").doesNotContain("\u001b", "\u0007", "\u202e");
    }

    @Test
    void separatorsAndBidiMarksAreReplacedSoTheColumnsStayAligned() {
        String cell = Table.fit("a\u2028b\u200fc\u200bd", 8);

        assertThat(cell).isEqualTo("a?b?c?d ");
        assertThat(Table.cells(cell)).isEqualTo(8);
    }

    @Test
    void rowsHaveNoTrailingBlanks() {
        StringWriter out = new StringWriter();
        Table table = new Table(new PrintWriter(out), List.of(new Table.Column("A", 3), new Table.Column("B", 4)));

        table.row("x", "y");
        table.row("x", "");

        assertThat(out.toString().lines()).containsExactly("x   y", "x");
    }

    @Test
    void columnsWiderThanOneHundredTwentyCellsAreRefused() {
        assertThatThrownBy(() -> new Table(new PrintWriter(new StringWriter()), List.of(new Table.Column("A", 80), new Table.Column("B", 40))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
