package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
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

    private static final String FORM = "organisation-form:";

    @Inject
    OrganisationService service;

    private String filterName;
    private String filterCountry;
    private OrganisationType filterType;
    private PagedLazyModel<OrganisationRow> model;

    private Long editing;
    private long version;
    @NotBlank
    @Size(max = 300)
    private String name;
    @NotBlank
    private String countryCode;
    @NotNull
    private OrganisationType type;
    @Size(max = 120)
    private String city;
    @Size(max = 200)
    private String rorId;

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
        editing = row.id();
        version = row.version();
        name = row.name();
        countryCode = row.countryCode();
        type = row.type();
        city = row.city();
        rorId = row.rorId();
    }

    public void startNew() {
        editing = null;
        version = 0;
        name = null;
        countryCode = null;
        type = null;
        city = null;
        rorId = null;
    }

    public void save() {
        OrganisationCommand command = new OrganisationCommand(name, countryCode, type, city, rorId);
        try {
            OrganisationRow saved = editing == null ? service.create(command)
                    : service.update(editing, version, command);
            Messages.info(editing == null ? "organisations.created" : "organisations.saved", saved.name());
            if (picked.containsKey(saved.id())) {
                picked.put(saved.id(), saved);
            }
            startNew();
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            Messages.refusedAt(field(refused), refused);
        }
    }

    private static String field(RuntimeException refusal) {
        if (!(refusal instanceof RuleViolation violation)) {
            return null;
        }
        return switch (violation.messageKey()) {
            case "rule.organisation.rorFormat", "rule.organisation.rorChecksum", "rule.organisation.rorTaken" ->
                    FORM + "ror";
            case "rule.organisation.nameRequired" -> FORM + "name";
            case "rule.reference.unknownCountry" -> FORM + "country";
            default -> null;
        };
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
            if (editing != null && duplicates.contains(editing)) {
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
        return editing != null;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRorId() {
        return rorId;
    }

    public void setRorId(String rorId) {
        this.rorId = rorId;
    }
}
