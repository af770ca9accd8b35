package com.chainleads.transfer.cell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest(name = "clean [{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "'  项目  '|'项目'",
                "'\u3000\u3000武汉光谷\u3000'|'武汉光谷'",
                "'\u00A0ABC\u00A0Tech\u00A0'|'ABC Tech'",
                "'\u200B隐形\uFEFF字符'|'隐形字符'",
                "'ＡＢＣ科技１２３'|'ABC科技123'",
                "'某某（武汉）有限公司，'|'某某（武汉）有限公司，'",
                "'\t备注\t'|'备注'",
            })
    void cleanTrimsEverySpaceAndKeepsChinesePunctuation(String raw, String expected) {
        assertThat(Text.clean(unquote(raw))).isEqualTo(unquote(expected));
    }

    @org.junit.jupiter.api.Test
    void lineBreaksInsideACellAreContentAndNothingStaysNothing() {
        assertThat(Text.clean("\n第一行\n第二行\r\n")).isEqualTo("第一行\n第二行");
        assertThat(Text.clean(null)).isEmpty();
        assertThat(Text.isBlank("\u3000\u00A0 ")).isTrue();
    }

    @ParameterizedTest(name = "halfWidth [{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "２０２６－０３－０２|2026-03-02",
                "１，２３４．５|1,234.5",
                "\u3000９１４２０１００ＭＡ４Ｋ\u3000|91420100MA4K",
                "２０２６／３／２|2026/3/2",
            })
    void halfWidthTurnsFullWidthAsciiIntoOrdinaryCharacters(String raw, String expected) {
        assertThat(Text.halfWidth(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lookupKey [{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Electronic Information|electronicinformation",
                "\u3000电子 信息 |电子信息",
                "ＢＩＯＭＥＤＩＣＩＮＥ|biomedicine",
            })
    void lookupKeyIgnoresCaseSpacesAndWidth(String raw, String expected) {
        assertThat(Text.lookupKey(raw)).isEqualTo(expected);
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("'") && text.endsWith("'")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
