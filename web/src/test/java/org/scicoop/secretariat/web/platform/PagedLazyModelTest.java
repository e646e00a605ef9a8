package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PagedLazyModelTest {

    private final List<PageRequest> requests = new ArrayList<>();
    private int size = 45;

    private Page<String> rows(PageRequest request) {
        requests.add(request);
        List<String> all = IntStream.range(0, size).mapToObj(i -> "row" + i).toList();
        List<String> page = request.first() >= size ? List.of()
                : all.subList(request.first(), Math.min(size, request.first() + request.size()));
        return new Page<>(page, size);
    }

    private PagedLazyModel<String> model(Map<String, String> extra) {
        return new PagedLazyModel<>(this::rows, row -> row, () -> extra);
    }

    /** What a view-scoped list bean does: the model in a field, the page's filters read from the bean's own fields. */
    static final class ListPage implements Serializable {
        String status = "OPEN";
        final PagedLazyModel<String> model = new PagedLazyModel<>(this::page, row -> row, this::filters);

        private Page<String> page(PageRequest request) {
            return new Page<>(List.of("status " + request.filters().get("status")), 1);
        }

        private Map<String, String> filters() {
            return Map.of("status", status);
        }
    }

    @Test
    void aListBeanIsWrittenWithTheSessionAndItsModelWorksWhenReadBack() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ListPage());
        }
        ListPage copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ListPage) in.readObject();
        }
        copy.status = "CLOSED";

        assertThat(copy.model.load(0, 20, Map.of(), Map.of())).as("the copy's model reads the copy's filters")
                .containsExactly("status CLOSED");
    }

    @Test
    void onePageIsOneCallToTheServiceWithTheTablesSortAndFilters() {
        PagedLazyModel<String> model = model(Map.of("status", "OPEN"));
        FilterMeta filter = FilterMeta.builder().field("text").filterValue("coast").build();
        SortMeta sort = SortMeta.builder().field("deadline").order(SortOrder.DESCENDING).build();

        assertThat(model.count(Map.of("text", filter))).isPositive();
        List<String> page = model.load(20, 20, Map.of("deadline", sort), Map.of("text", filter));

        assertThat(page).containsExactlyElementsOf(IntStream.range(20, 40).mapToObj(i -> "row" + i).toList());
        assertThat(model.getRowCount()).isEqualTo(45);
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.sortField()).isEqualTo("deadline");
            assertThat(request.ascending()).isFalse();
            assertThat(request.filters()).containsEntry("status", "OPEN").containsEntry("text", "coast");
        });
    }

    @Test
    void whenTheListShrankUnderThePageTheLastPageIsShown() {
        PagedLazyModel<String> model = model(Map.of());
        size = 25;

        List<String> page = model.load(40, 20, Map.of(), Map.of());

        assertThat(page).containsExactly("row20", "row21", "row22", "row23", "row24");
        assertThat(requests).hasSize(2);
    }

    @Test
    void rowsAreFoundByTheirKey() {
        PagedLazyModel<String> model = model(Map.of());
        model.load(0, 10, Map.of(), Map.of());

        assertThat(model.getRowData("row3")).isEqualTo("row3");
        assertThat(model.getRowKey("row3")).isEqualTo("row3");
    }
}
