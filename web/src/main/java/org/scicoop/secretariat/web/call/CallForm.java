package org.scicoop.secretariat.web.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.boundary.CallCommand;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the call form holds while an officer types: the same rules as the service's command, so
 * that each field is checked next to it, in the officer's language, before anything is sent.
 * Dates are in the officer's time zone; the command carries instants.
 */
public class CallForm implements Serializable {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = Call.CODE_PATTERN, message = "{call.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    @NotEmpty
    private List<String> themes = new ArrayList<>();

    @NotNull
    private LocalDateTime opensAt;

    @NotNull
    private LocalDateTime deadline;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 17, fraction = 2)
    private BigDecimal commonFundEur = BigDecimal.ZERO;

    @Min(2)
    @Max(50)
    private int minPartners = EligibilityRules.DEFAULT_MIN_PARTNERS;

    @Min(1)
    @Max(50)
    private int minCountries = EligibilityRules.DEFAULT_MIN_COUNTRIES;

    private boolean developingPartnerRequired = true;

    private boolean coordinatorCountryFunds = true;

    @Min(1)
    @Max(120)
    private int maxDurationMonths = EligibilityRules.DEFAULT_MAX_DURATION_MONTHS;

    @Valid
    private List<Row> commitments = new ArrayList<>();

    /** One agency's commitment as typed. */
    public static class Row implements Serializable {

        @NotNull
        private Long agencyId;

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 17, fraction = 2)
        private BigDecimal amount;

        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 17, fraction = 2)
        private BigDecimal maxRequestPerPartner;

        public Long getAgencyId() {
            return agencyId;
        }

        public void setAgencyId(Long agencyId) {
            this.agencyId = agencyId;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public BigDecimal getMaxRequestPerPartner() {
            return maxRequestPerPartner;
        }

        public void setMaxRequestPerPartner(BigDecimal maxRequestPerPartner) {
            this.maxRequestPerPartner = maxRequestPerPartner;
        }
    }

    /**
     * The instant in the officer's zone; none (to be entered again) for an instant past the calendar's years, which a
     * call stored before its dates were bounded may hold.
     */
    private static LocalDateTime local(java.time.Instant instant, ZoneId zone) {
        try {
            return LocalDateTime.ofInstant(instant, zone);
        } catch (java.time.DateTimeException beyondTheCalendar) {
            return null;
        }
    }

    public static CallForm of(CallView call, ZoneId zone) {
        CallForm form = new CallForm();
        form.code = call.code();
        form.title = call.title();
        form.summary = call.summary();
        form.themes = new ArrayList<>(call.themes());
        form.opensAt = local(call.opensAt(), zone);
        form.deadline = local(call.deadline(), zone);
        form.commonFundEur = call.commonFundEur();
        form.minPartners = call.minPartners();
        form.minCountries = call.minCountries();
        form.developingPartnerRequired = call.developingPartnerRequired();
        form.coordinatorCountryFunds = call.coordinatorCountryFunds();
        form.maxDurationMonths = call.maxDurationMonths();
        for (CallView.CommitmentView commitment : call.commitments()) {
            Row row = new Row();
            row.agencyId = commitment.agencyId();
            row.amount = commitment.amount();
            row.maxRequestPerPartner = commitment.maxRequestPerPartner();
            form.commitments.add(row);
        }
        return form;
    }

    public CallCommand toCommand(ZoneId zone) {
        return new CallCommand(code == null ? null : code.trim(), title, summary, List.copyOf(themes),
                opensAt == null ? null : opensAt.atZone(zone).toInstant(),
                deadline == null ? null : deadline.atZone(zone).toInstant(),
                commonFundEur, minPartners, minCountries, developingPartnerRequired, coordinatorCountryFunds,
                maxDurationMonths,
                commitments.stream().map(r -> new CallCommand.CommitmentCommand(r.agencyId, r.amount,
                        r.maxRequestPerPartner)).toList());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public BigDecimal getCommonFundEur() {
        return commonFundEur;
    }

    public void setCommonFundEur(BigDecimal commonFundEur) {
        this.commonFundEur = commonFundEur;
    }

    public int getMinPartners() {
        return minPartners;
    }

    public void setMinPartners(int minPartners) {
        this.minPartners = minPartners;
    }

    public int getMinCountries() {
        return minCountries;
    }

    public void setMinCountries(int minCountries) {
        this.minCountries = minCountries;
    }

    public boolean isDevelopingPartnerRequired() {
        return developingPartnerRequired;
    }

    public void setDevelopingPartnerRequired(boolean developingPartnerRequired) {
        this.developingPartnerRequired = developingPartnerRequired;
    }

    public boolean isCoordinatorCountryFunds() {
        return coordinatorCountryFunds;
    }

    public void setCoordinatorCountryFunds(boolean coordinatorCountryFunds) {
        this.coordinatorCountryFunds = coordinatorCountryFunds;
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public void setMaxDurationMonths(int maxDurationMonths) {
        this.maxDurationMonths = maxDurationMonths;
    }

    public List<Row> getCommitments() {
        return commitments;
    }
}
