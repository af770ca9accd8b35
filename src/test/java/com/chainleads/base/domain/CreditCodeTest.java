package com.chainleads.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "914403001922038216",
                "91350100M000100Y43",
                "91330100799655058B",
                "911100007109279199",
                "91310000607216596U",
                "91110108551385082Q"
            })
    void realPublishedCodesAreValid(String code) {
        assertThat(CreditCode.check(code)).isNull();
        assertThat(CreditCode.parse(code)).contains(new CreditCode(code));
    }

    @ParameterizedTest
    @CsvSource({
        "914403001922038217, CHECK", // last character changed
        "914403001922038316, CHECK", // organisation check character changed
        "914403001922O38216, CHARACTER", // letter O is not in the GB 32100 character set
        "91440300192203821, LENGTH",
        "9144030019220382161, LENGTH",
        "'', LENGTH"
    })
    void invalidCodesNameTheirProblem(String code, CreditCode.Problem problem) {
        assertThat(CreditCode.check(code)).isEqualTo(problem);
        assertThat(CreditCode.parse(code)).isEmpty();
    }

    @Test
    void inputIsNormalisedFromLowerCaseFullWidthAndSpaces() {
        assertThat(CreditCode.parse(" ９１３５０１００ｍ０００１００ｙ４３ ")).contains(new CreditCode("91350100M000100Y43"));
        assertThat(CreditCode.parse("91350100 m000100 y43")).contains(new CreditCode("91350100M000100Y43"));
    }

    @Test
    void constructingAnInvalidCodeFails() {
        assertThatThrownBy(() -> new CreditCode("914403001922038217")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completingSixteenCharactersGivesAValidCode() {
        assertThat(CreditCode.complete("9144030019220382")).isEqualTo(new CreditCode("914403001922038216"));
        assertThat(CreditCode.complete("9132050012345678").value()).hasSize(18);
    }
}
