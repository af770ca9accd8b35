package com.chainleads.transfer.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table-driven: what people type, and what the parsers make of it. */
class CellParsersTest {

    @ParameterizedTest(name = "decimal [{0}] = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5|1234.5",
                "1,234.50|1234.50",
                "1，234，567.8|1234567.8",
                "１２３４．５|1234.5",
                "'  3500  '|3500",
                "\u30003500\u3000|3500",
                "-12.5|-12.5",
                "+8|8",
                ".5|0.5",
                "0|0",
                "1.5E3|1.5E+3",
                "12 345|12345",
            })
    void decimalsAreReadTolerantly(String raw, String expected) {
        Parsed<BigDecimal> parsed = CellParsers.decimal(raw);
        assertThat(parsed.isPresent()).as(parsed.toString()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "decimal [{0}] → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12万|transfer.parse.numberUnit",
                "3.5亿|transfer.parse.numberUnit",
                "500元|transfer.parse.numberUnit",
                "5%|transfer.parse.numberUnit",
                "abc|transfer.parse.number",
                "1,23|transfer.parse.number",
                "1.2.3|transfer.parse.number",
                "--5|transfer.parse.number",
            })
    void aDecimalWithAUnitOrGarbageIsAProblem(String raw, String key) {
        Parsed<BigDecimal> parsed = CellParsers.decimal(raw);
        assertThat(parsed.hasProblem()).isTrue();
        assertThat(parsed.problem().key()).isEqualTo(key);
        assertThat(parsed.problem().args()).containsExactly(raw);
    }

    @Test
    void decimalsBeyondTheScaleAreAProblemButTrailingZerosAreNot() {
        assertThat(CellParsers.decimal("12.345", 2).problem()).isEqualTo(Problem.of("transfer.parse.decimals", 2));
        assertThat(CellParsers.decimal("12.3400", 2).value()).isEqualByComparingTo("12.34");
        assertThat(CellParsers.decimal("1200", 2).value()).isEqualTo(new BigDecimal("1200"));
    }

    @ParameterizedTest(name = "integer [{0}]")
    @CsvSource(
            delimiter = '|',
            value = {"42|42", "1,000|1000", "7.0|7", "４２|42"})
    void integers(String raw, long expected) {
        assertThat(CellParsers.integer(raw).value()).isEqualTo(expected);
    }

    @Test
    void aFractionIsNotAnInteger() {
        assertThat(CellParsers.integer("1.5").problem()).isEqualTo(Problem.of("transfer.parse.integer", "1.5"));
    }

    @ParameterizedTest(name = "date [{0}] = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-03-02|2026-03-02",
                "2026/3/2|2026-03-02",
                "2026.3.2|2026-03-02",
                "2026年3月2日|2026-03-02",
                "2026年3月2号|2026-03-02",
                "2026 年 3 月 2 日|2026-03-02",
                "２０２６年３月２日|2026-03-02",
                "２０２６－０３－０２|2026-03-02",
                "\u30002026/03/02\u3000|2026-03-02",
                "20260302|2026-03-02",
                "2026-03-02 10:30:00|2026-03-02",
                "2026-03-02T10:30|2026-03-02",
                "46083|2026-03-02",
                "46083.75|2026-03-02",
                "2024-02-29|2024-02-29",
            })
    void datesInTheWaysPeopleWriteThem(String raw, LocalDate expected) {
        Parsed<LocalDate> parsed = CellParsers.date(raw);
        assertThat(parsed.isPresent()).as(parsed.toString()).isTrue();
        assertThat(parsed.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "date [{0}] → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-02-30|transfer.parse.dateInvalid",
                "2025-02-29|transfer.parse.dateInvalid",
                "2026年13月1日|transfer.parse.dateInvalid",
                "3/2/2026|transfer.parse.dateAmbiguous",
                "02.03.2026|transfer.parse.dateAmbiguous",
                "2026|transfer.parse.dateYearOnly",
                "2026-03|transfer.parse.dateNoDay",
                "2026年3月|transfer.parse.dateNoDay",
                "明天|transfer.parse.date",
                "-5|transfer.parse.date",
                "99999999|transfer.parse.date",
            })
    void impossibleAmbiguousOrIncompleteDatesAreProblems(String raw, String key) {
        Parsed<LocalDate> parsed = CellParsers.date(raw);
        assertThat(parsed.hasProblem()).as(parsed.toString()).isTrue();
        assertThat(parsed.problem().key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "bool [{0}] = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "是|true",
                "否|false",
                "Y|true",
                "n|false",
                "YES|true",
                "no|false",
                "TRUE|true",
                "false|false",
                "1|true",
                "0|false",
                "√|true",
                "×|false",
                "\u3000是\u3000|true",
                "Ｙ|true",
            })
    void yesAndNo(String raw, boolean expected) {
        assertThat(CellParsers.bool(raw).value()).isEqualTo(expected);
    }

    @Test
    void somethingElseIsNotYesOrNo() {
        assertThat(CellParsers.bool("也许").problem()).isEqualTo(Problem.of("transfer.parse.bool", "也许"));
    }

    @ParameterizedTest(name = "blank [{0}] is empty")
    @ValueSource(strings = {"", "   ", "\u3000", "\u00A0", "\u200B"})
    void blankCellsAreEmptyForEveryParser(String raw) {
        assertThat(CellParsers.text(raw).isEmpty()).isTrue();
        assertThat(CellParsers.decimal(raw).isEmpty()).isTrue();
        assertThat(CellParsers.integer(raw).isEmpty()).isTrue();
        assertThat(CellParsers.date(raw).isEmpty()).isTrue();
        assertThat(CellParsers.bool(raw).isEmpty()).isTrue();
        assertThat(CellParsers.creditCode(raw).isEmpty()).isTrue();
    }

    @Test
    void creditCodesAreNormalisedAndChecked() {
        String valid = com.chainleads.base.domain.CreditCode.complete("91420100MA4K2B3C")
                .value();
        String fullWidthLower = new StringBuilder()
                .append('\u3000')
                .append(toFullWidth(valid.toLowerCase()))
                .toString();
        assertThat(CellParsers.creditCode(fullWidthLower).value().value()).isEqualTo(valid);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertThat(CellParsers.creditCode(wrongCheck).problem().key()).isEqualTo("creditCode.error.CHECK");
        assertThat(CellParsers.creditCode("123").problem().key()).isEqualTo("creditCode.error.LENGTH");
    }

    @Test
    void textLongerThanTheLimitIsAProblemCountingCharactersNotBytes() {
        assertThat(CellParsers.text("招商引资", 4).value()).isEqualTo("招商引资");
        assertThat(CellParsers.text("招商引资项", 4).problem()).isEqualTo(Problem.of("transfer.parse.tooLong", 4));
    }

    private enum Stage {
        SIGNED,
        LOST
    }

    @Test
    void choicesMatchCodeChineseOrEnglishIgnoringCaseSpaceAndWidth() {
        Choices<Stage> stages = Choices.<Stage>builder()
                .add(Stage.SIGNED, "SIGNED", "签约", "Signed", "已签约")
                .add(Stage.LOST, "LOST", "终止", "Lost")
                .build();
        assertThat(CellParsers.choice("签约", stages).value()).isEqualTo(Stage.SIGNED);
        assertThat(CellParsers.choice(" signed ", stages).value()).isEqualTo(Stage.SIGNED);
        assertThat(CellParsers.choice("ＳＩＧＮＥＤ", stages).value()).isEqualTo(Stage.SIGNED);
        assertThat(CellParsers.choice("已签约", stages).value()).isEqualTo(Stage.SIGNED);
        assertThat(CellParsers.choice("\u3000终 止", stages).value()).isEqualTo(Stage.LOST);
        Parsed<Stage> unknown = CellParsers.choice("在谈", stages);
        assertThat(unknown.problem().key()).isEqualTo("transfer.parse.choice");
        Localized allowed = (Localized) unknown.problem().args().get(1);
        assertThat(allowed.text(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("签约、终止");
        assertThat(allowed.text(java.util.Locale.ENGLISH)).isEqualTo("Signed, Lost");
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }
}
