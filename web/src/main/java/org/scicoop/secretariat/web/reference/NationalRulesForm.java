package org.scicoop.secretariat.web.reference;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.boundary.NationalRulesView;
import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** What the national rules form holds: types ticked, the two limits, the declarations one per line. */
public class NationalRulesForm implements Serializable {

    private List<OrganisationType> types = new ArrayList<>();

    @DecimalMin("0.01")
    @DecimalMax("999999999999")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal maxRequest;

    @Min(1)
    @Max(120)
    private Integer maxDurationMonths;

    @Size(max = 6000)
    private String declarations;

    static NationalRulesForm of(NationalRulesView rules) {
        NationalRulesForm form = new NationalRulesForm();
        form.types = new ArrayList<>(rules.eligibleTypes().isEmpty() ? EnumSet.noneOf(OrganisationType.class)
                : EnumSet.copyOf(rules.eligibleTypes()));
        form.maxRequest = rules.maxRequest();
        form.maxDurationMonths = rules.maxDurationMonths();
        form.declarations = String.join("\n", rules.declarations());
        return form;
    }

    /** The rules to save: a declaration per non-empty line. */
    NationalRulesView rules(NationalRulesView read) {
        List<String> lines = declarations == null ? List.of() : Arrays.stream(declarations.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new NationalRulesView(read.agencyId(), read.agency(), read.country(), read.currency(),
                List.copyOf(types.isEmpty() ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(types)), maxRequest,
                maxDurationMonths, lines, read.version());
    }

    public List<OrganisationType> getTypes() {
        return types;
    }

    public void setTypes(List<OrganisationType> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
    }

    public BigDecimal getMaxRequest() {
        return maxRequest;
    }

    public void setMaxRequest(BigDecimal maxRequest) {
        this.maxRequest = maxRequest;
    }

    public Integer getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public void setMaxDurationMonths(Integer maxDurationMonths) {
        this.maxDurationMonths = maxDurationMonths;
    }

    public String getDeclarations() {
        return declarations;
    }

    public void setDeclarations(String declarations) {
        this.declarations = declarations;
    }
}
