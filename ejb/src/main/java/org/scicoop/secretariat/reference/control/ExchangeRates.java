package org.scicoop.secretariat.reference.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.reference.entity.ExchangeRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Converts amounts to euros with the rate in force on a given day (the latest on or before it). */
@Dependent
public class ExchangeRates {

    private static final Currency EUR = Currency.getInstance("EUR");

    @PersistenceContext
    EntityManager em;

    public Optional<BigDecimal> toEur(BigDecimal amount, Currency currency, LocalDate on) {
        if (EUR.equals(currency)) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_EVEN));
        }
        return rate(currency, on).map(rate -> rate.toEur(amount));
    }

    public Optional<ExchangeRate> rate(Currency currency, LocalDate on) {
        return em.createQuery("""
                        select r from ExchangeRate r where r.currency = :currency and r.validOn <= :on
                        order by r.validOn desc""", ExchangeRate.class)
                .setParameter("currency", currency)
                .setParameter("on", on)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
