package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"en,en", "EN,en", "en_GB,en-GB", "en-us,en-US", "zh-Hans-CN,zh-Hans-CN", "'de-AT, en',de-AT",
        "pt_br,pt-BR"})
    void tagsAreNormalised(String raw, String expected) {
        assertThat(Languages.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "english language", "x", "12", "und"})
    void nonTagsAreNull(String raw) {
        assertThat(Languages.normalise(raw)).isNull();
    }
}
