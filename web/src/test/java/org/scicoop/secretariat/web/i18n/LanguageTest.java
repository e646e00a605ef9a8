package org.scicoop.secretariat.web.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void browserPreferencesPickTheBestSupportedLanguage() {
        assertThat(Language.fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(Language.FR);
        assertThat(Language.fromAcceptLanguage("zh-CN,zh;q=0.9")).isEqualTo(Language.ZH);
        assertThat(Language.fromAcceptLanguage("de-DE,es;q=0.5")).isEqualTo(Language.ES);
        assertThat(Language.fromAcceptLanguage("de-DE")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage(";;;garbage")).isEqualTo(Language.EN);
    }

    @Test
    void codesFromAddressesAndCookiesAreToleratedInAnyCommonForm() {
        assertThat(Language.byCode("zh-Hans")).contains(Language.ZH);
        assertThat(Language.byCode("zh_CN")).contains(Language.ZH);
        assertThat(Language.byCode("ES")).contains(Language.ES);
        assertThat(Language.byCode("klingon")).isEmpty();
        assertThat(Language.byCode(null)).isEmpty();
    }

    @Test
    void chineseIsSimplifiedChineseForKeycloak() {
        assertThat(Language.ZH.getKeycloakLocale()).isEqualTo("zh-Hans");
        assertThat(Language.ZH.locale().getCountry()).isEqualTo("CN");
    }
}
