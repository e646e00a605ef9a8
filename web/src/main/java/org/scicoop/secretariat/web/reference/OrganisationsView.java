package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.MergeView;
import org.scicoop.secretariat.reference.boundary.OrganisationCommand;
import org.scicoop.secretariat.reference.boundary.OrganisationRow;
import org.scicoop.secretariat.reference.boundary.OrganisationService;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.PagedLazyModel;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Inject
    LocaleBean locale;

    @Inject
    PersonService persons;

    private String filterName;
    private String filterCountry;
    private OrganisationType filterType;
    private PagedLazyModel<OrganisationRow> model;

    private final ReferenceEditor<Long, OrganisationForm> editor = new ReferenceEditor<>("organisation-form", Map.of(
            "rule.organisation.ror", "ror",
            "rule.organisation.nameRequired", "name",
            "rule.reference.unknownCountry", "country"), new OrganisationForm());

    private final Map<Long, OrganisationRow> picked = new LinkedHashMap<>();
    /** How many records refer to each picked organisation (what the merge moves), read when picked. */
    private final Map<Long, Long> references = new HashMap<>();
    private Long keptId;
    private List<MergeView> merges;
    private Map<String, String> names;

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
        references.clear();
        if (!picked.isEmpty()) {
            references.putAll(service.references(picked.keySet()));
        }
    }

    /** How many records refer to a picked organisation. */
    public long references(OrganisationRow row) {
        return references.getOrDefault(row.id(), 0L);
    }

    /** "3 references", in the reader's language. */
    public String referencesText(OrganisationRow row) {
        return Texts.of(locale.getLocale(), "organisations.merge.references", references(row));
    }

    /** The merge may be asked for: the one kept is chosen among at least two picked. */
    public boolean isMergeReady() {
        return keptId != null && picked.containsKey(keptId) && picked.size() > 1;
    }

    /**
     * The confirmation, in words: which organisation is kept, which disappear (each with the references it
     * has) and how many references move to the one kept.
     */
    public String getConfirmation() {
        if (!isMergeReady()) {
            return "";
        }
        Locale reader = locale.getLocale();
        List<String> deleted = new ArrayList<>();
        long moving = 0;
        for (OrganisationRow row : picked.values()) {
            if (!row.id().equals(keptId)) {
                deleted.add(Texts.of(reader, "organisations.merge.item", row.name(), referencesText(row)));
                moving += references(row);
            }
        }
        return Texts.of(reader, "organisations.merge.confirm", picked.get(keptId).name(),
                String.join(Texts.of(reader, "organisations.merge.separator"), deleted), moving);
    }

    public boolean isPicked(OrganisationRow row) {
        return picked.containsKey(row.id());
    }

    public void clearPicked() {
        picked.clear();
        references.clear();
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
            names = null;
        }
        return merges;
    }

    /** Who merged, by name (the username where nobody of that name logged in). */
    public String name(String username) {
        if (names == null) {
            names = persons.names(getMerges().stream().map(MergeView::mergedBy).collect(Collectors.toSet()));
        }
        return names.getOrDefault(username, username);
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
