package org.scicoop.secretariat.web.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    private static Paging paging(String page, String size, String descending) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        paging.descending = descending;
        return paging;
    }

    @Test
    void aPageIsAnOffsetOfWholePages() {
        PageRequest asked = paging("3", "50", "true").request(20, 200);

        assertThat(asked.first()).isEqualTo(150);
        assertThat(asked.size()).isEqualTo(50);
        assertThat(asked.ascending()).isFalse();
        assertThat(paging(null, null, null).request(20, 200).size()).isEqualTo(20);
        assertThat(paging(null, null, "").request(20, 200).ascending()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "2147483648", "99999999999999999999", "-1", "abc", "1e3", "2.5", "", " 1",
            "\u0661"})
    void aPageOutsideTheLimitsIsRefusedNotWrapped(String page) {
        assertThatThrownBy(() -> paging(page, "20", null).request(20, 200)).isInstanceOf(BadInput.class)
                .extracting(e -> ((BadInput) e).messageKey()).isEqualTo("problem.input.paging");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "2147483648", "-5", "x"})
    void aSizeOutsideTheCollectionsLimitIsRefused(String size) {
        assertThatThrownBy(() -> paging("0", size, null).request(20, 200)).isInstanceOf(BadInput.class);
    }

    @Test
    void theLastPageThatFitsIsAnswered() {
        assertThat(paging("10737418", "200", null).request(20, 200).first()).isEqualTo(2_147_483_600);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "TRUE ", "abc"})
    void descendingIsTrueOrFalse(String descending) {
        assertThatThrownBy(() -> paging("0", "20", descending).request(20, 200)).isInstanceOf(BadInput.class)
                .extracting(e -> ((BadInput) e).messageKey()).isEqualTo("problem.input.boolean");
    }
}
