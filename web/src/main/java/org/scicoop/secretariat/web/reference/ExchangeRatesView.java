package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.ExchangeRateService;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Administrators keep the exchange rates to EUR. */
@Named
@ViewScoped
public class ExchangeRatesView implements Serializable {

    @Inject
    ExchangeRateService service;

    @NotNull
    @Pattern(regexp = "[A-Za-z]{3}")
    private String currency;

    @NotNull
    private LocalDate validOn = LocalDate.now();

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal eurPerUnit;

    private List<ExchangeRateService.RateView> rates;

    public List<ExchangeRateService.RateView> getRates() {
        if (rates == null) {
            rates = service.rates();
        }
        return rates;
    }

    public void record() {
        try {
            ExchangeRateService.RateView recorded = service.record(currency, validOn, eurPerUnit);
            Messages.info("rates.recorded", recorded.currency(), recorded.validOn().toString());
            rates = null;
            currency = null;
            eurPerUnit = null;
        } catch (RuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValidOn() {
        return validOn;
    }

    public void setValidOn(LocalDate validOn) {
        this.validOn = validOn;
    }

    public BigDecimal getEurPerUnit() {
        return eurPerUnit;
    }

    public void setEurPerUnit(BigDecimal eurPerUnit) {
        this.eurPerUnit = eurPerUnit;
    }
}
