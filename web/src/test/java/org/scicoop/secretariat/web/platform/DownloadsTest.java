package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void anAsciiNameIsSentAsIsInBothForms() {
        assertThat(Downloads.contentDisposition("call-text.pdf"))
                .isEqualTo("attachment; filename=\"call-text.pdf\"; filename*=UTF-8''call-text.pdf");
    }

    @Test
    void aNameInAnotherScriptGetsAnAsciiFallbackAndAnRfc6266EncodedName() {
        assertThat(Downloads.contentDisposition("申请指南.pdf"))
                .isEqualTo("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E6%8C%87%E5%8D%97.pdf");
    }

    @Test
    void quotesLineBreaksAndSemicolonsCannotEscapeTheHeader() {
        String header = Downloads.contentDisposition("a\"; b\r\nSet-Cookie: x=1.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("Set-Cookie:");
        assertThat(header.split("\"")).hasSize(3);
    }

    @Test
    void theChecksumTheClientHoldsIsReadFromIfNoneMatch() {
        assertThat(Downloads.knownChecksum("\"" + SHA + "\"")).isEqualTo(SHA);
        assertThat(Downloads.knownChecksum("W/\"" + SHA + "\"")).isEqualTo(SHA);
        assertThat(Downloads.knownChecksum("\"other\", \"" + SHA + "\"")).isEqualTo(SHA);
        assertThat(Downloads.knownChecksum("*")).isNull();
        assertThat(Downloads.knownChecksum(null)).isNull();
        assertThat(Downloads.etag(SHA)).isEqualTo("\"" + SHA + "\"");
    }
}
