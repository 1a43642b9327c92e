package dev.mockinterview.scoring.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsCsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(ReportsCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ReportsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportsCsv.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void soIsOneWhoseFirstCharacterAfterBlanksOrInItsFullWidthFormIsATrigger() {
        assertThat(ReportsCsv.cell("   =HYPERLINK(\"http://evil.example\")"))
                .isEqualTo("'   =HYPERLINK(\"http://evil.example\")");
        assertThat(ReportsCsv.cell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(ReportsCsv.cell(" \uFF0BA1")).isEqualTo("' \uFF0BA1");
        assertThat(ReportsCsv.cell("\uFF20cmd")).isEqualTo("'\uFF20cmd");
        assertThat(ReportsCsv.cell("\uFF0D2")).isEqualTo("'\uFF0D2");
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAsTheyAre() {
        assertThat(ReportsCsv.cell("a = b")).isEqualTo("a = b");
        assertThat(ReportsCsv.cell(42)).isEqualTo("42");
        assertThat(ReportsCsv.cell(null)).isEmpty();
    }
}
