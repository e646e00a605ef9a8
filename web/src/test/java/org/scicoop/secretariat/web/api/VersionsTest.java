package org.scicoop.secretariat.web.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.BadInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void anIfMatchNamesTheVersionOfItsStrongETag() {
        assertThat(Versions.ifMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.ifMatch(" \"0\" ")).isZero();
    }

    @Test
    void noIfMatchIsAPreconditionRequired() {
        assertThatThrownBy(() -> Versions.ifMatch(null)).isInstanceOf(Versions.Required.class);
        assertThatThrownBy(() -> Versions.ifMatch(" ")).isInstanceOf(Versions.Required.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1", "1\"", "1", "W/\"1\"", "*", "\"1\", \"2\"", "garbage", "\"-1\"", "\"\"",
            "\"999999999999999999999999999999\"", "\"1 \""})
    void aMalformedIfMatchIsRefusedNotReadAsAVersion(String header) {
        assertThatThrownBy(() -> Versions.ifMatch(header)).isInstanceOf(BadInput.class)
                .extracting(e -> ((BadInput) e).messageKey()).isEqualTo("problem.input.ifMatch");
    }
}
