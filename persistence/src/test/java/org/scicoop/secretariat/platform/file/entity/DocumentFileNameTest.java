package org.scicoop.secretariat.platform.file.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFileNameTest {

    @Test
    void fileNamesLoseDirectoriesQuotesAndControlCharactersButKeepLettersOfAnyScript() {
        assertThat(DocumentFileName.sanitise("C:\\Users\\x\\call text.PDF")).isEqualTo("call-text.pdf");
        assertThat(DocumentFileName.sanitise("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(DocumentFileName.sanitise("a\"b\r\nContent-Type: x.pdf")).isEqualTo("ab-Content-Type-x.pdf");
        assertThat(DocumentFileName.sanitise("申请指南.pdf")).isEqualTo("申请指南.pdf");
        assertThat(DocumentFileName.sanitise("Guía del solicitante.pdf")).isEqualTo("Guía-del-solicitante.pdf");
        assertThat(DocumentFileName.sanitise("...")).isEqualTo("document.pdf");
        assertThat(DocumentFileName.sanitise(null)).isEqualTo("document.pdf");
        assertThat(DocumentFileName.sanitise("x".repeat(300) + ".pdf")).hasSize(DocumentFileName.MAX_LENGTH);
    }
}
