package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.ExchangeRate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Exchange rates to EUR, dated: administrators record them, the secretariat reads them (budgets in
 * several currencies are compared in euros at the rate in force on a day). Every change is audited.
 */
@Stateless
public class ExchangeRateService {

    public record RateView(String currency, LocalDate validOn, BigDecimal eurPerUnit) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_OFFICER})
    public List<RateView> rates() {
        return em.createQuery("select r from ExchangeRate r order by r.validOn desc, r.currency", ExchangeRate.class)
                .setMaxResults(1000)
                .getResultStream()
                .map(r -> new RateView(r.getCurrency().getCurrencyCode(), r.getValidOn(), r.getEurPerUnit()))
                .toList();
    }

    /** Records the rate of a currency from a day on; one rate per currency and day. */
    @RolesAllowed(Roles.ADMIN)
    public RateView record(@NotBlank String currencyCode, @NotNull LocalDate validOn,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 8)
                           BigDecimal eurPerUnit) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("rule.rate.unknownCurrency", currencyCode);
        }
        RuleViolation.require(!"EUR".equals(currency.getCurrencyCode()), "rule.rate.euro");
        boolean exists = !em.createQuery(
                        "select r.id from ExchangeRate r where r.currency = :currency and r.validOn = :day", Long.class)
                .setParameter("currency", currency).setParameter("day", validOn).getResultList().isEmpty();
        RuleViolation.require(!exists, "rule.rate.exists", currency.getCurrencyCode(), validOn.toString());
        ExchangeRate rate = new ExchangeRate(currency, validOn, eurPerUnit);
        em.persist(rate);
        return new RateView(currency.getCurrencyCode(), validOn, eurPerUnit);
    }
}
