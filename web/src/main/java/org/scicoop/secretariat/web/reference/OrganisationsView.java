package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.MergeView;
import org.scicoop.secretariat.reference.boundary.OrganisationCommand;
import org.scicoop.secretariat.reference.boundary.OrganisationRow;
import org.scicoop.secretariat.reference.boundary.OrganisationService;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators keep the organisations: a lazy table filtered in the database, one form to create
 * or edit, and the merge of duplicates. Organisations to merge are picked from the table (across
 * pages and filters); the administrator then says which one to keep and confirms.
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    @Inject
    OrganisationService service;

    private String filterName;
    private String filterCountry;
    private OrganisationType filterType;
    private PagedLazyModel<OrganisationRow> model;

    private final ReferenceEditor<Long, OrganisationForm> editor = new ReferenceEditor<>("organisation-form", Map.of(
            "rule.organisation.ror", "ror",
            "rule.organisation.nameRequired", "name",
            "rule.reference.unknownCountry", "country"), new OrganisationForm());

    private final Map<Long, OrganisationRow> picked = new LinkedHashMap<>();
    private Long keptId;
    private List<MergeView> merges;

    public PagedLazyModel<OrganisationRow> getModel() {
        if (model == null) {
            OrganisationService organisations = service;
            model = new PagedLazyModel<>(organisations::list, row -> row.id().toString(), this::filters);
        }
        return model;
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        if (filterName != null && !filterName.isBlank()) {
            filters.put("name", filterName);
        }
        if (filterCountry != null && !filterCountry.isBlank()) {
            filters.put("country", filterCountry);
        }
        if (filterType != null) {
            filters.put("type", filterType.name());
        }
        return filters;
    }

    public void edit(OrganisationRow row) {
        editor.edit(row.id(), row.version(), OrganisationForm.of(row));
    }

    public void startNew() {
        editor.startNew(new OrganisationForm());
    }

    public void save() {
        OrganisationCommand command = editor.getForm().command();
        editor.save(() -> service.create(command), (id, version) -> service.update(id, version, command))
                .ifPresent(saved -> {
                    OrganisationRow row = saved.row();
                    Messages.info(saved.created() ? "organisations.created" : "organisations.saved", row.name());
                    if (picked.containsKey(row.id())) {
                        picked.put(row.id(), row);
                    }
                    startNew();
                });
    }

    /** Adds an organisation to those to merge (or takes it out again). */
    public void pick(OrganisationRow row) {
        if (picked.remove(row.id()) == null) {
            picked.put(row.id(), row);
        }
        if (keptId != null && !picked.containsKey(keptId)) {
            keptId = null;
        }
    }

    public boolean isPicked(OrganisationRow row) {
        return picked.containsKey(row.id());
    }

    public void clearPicked() {
        picked.clear();
        keptId = null;
    }

    public void merge() {
        if (keptId == null || !picked.containsKey(keptId)) {
            Messages.error("organisations.merge.chooseKept");
            return;
        }
        List<Long> duplicates = new ArrayList<>(picked.keySet());
        duplicates.remove(keptId);
        if (duplicates.isEmpty()) {
            Messages.error("organisations.merge.chooseDuplicates");
            return;
        }
        try {
            List<MergeView> done = service.merge(keptId, duplicates);
            Messages.info("organisations.merged", done.size(), picked.get(keptId).name());
            clearPicked();
            merges = null;
            if (editor.isEditing() && duplicates.contains(editor.getKey())) {
                startNew();
            }
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        }
    }

    public List<OrganisationRow> getPicked() {
        return new ArrayList<>(picked.values());
    }

    public List<MergeView> getMerges() {
        if (merges == null) {
            merges = service.merges();
        }
        return merges;
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    public OrganisationForm getForm() {
        return editor.getForm();
    }

    public Long getKeptId() {
        return keptId;
    }

    public void setKeptId(Long keptId) {
        this.keptId = keptId;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public String getFilterCountry() {
        return filterCountry;
    }

    public void setFilterCountry(String filterCountry) {
        this.filterCountry = filterCountry;
    }

    public OrganisationType getFilterType() {
        return filterType;
    }

    public void setFilterType(OrganisationType filterType) {
        this.filterType = filterType;
    }
}
