package org.scicoop.secretariat.reference.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.scicoop.secretariat.reference.entity.ExchangeRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts to euros with the rate in force on a given day (the latest on or before it). The rates of a
 * day are read once per transaction, every currency in one statement, and kept with the transaction: a list of
 * proposals with partners in five currencies costs one statement for all its rows, as one in euros costs none.
 * That statement is a cached query (Hibernate's query cache, like the reference data in {@link ReferenceQueries}),
 * so the lists read a day's rates from memory, not from the database; Hibernate invalidates it when an
 * administrator changes a rate (measured by {@code benchmarks/proposals-list.sh}).
 */
@Dependent
public class ExchangeRates {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** Hibernate's query-cache hint (as in {@link ReferenceQueries}). */
    private static final String CACHEABLE = "org.hibernate.cacheable";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    public Optional<BigDecimal> toEur(BigDecimal amount, Currency currency, LocalDate on) {
        if (EUR.equals(currency)) {
            return Optional.of(amount.setScale(2, RoundingMode.HALF_EVEN));
        }
        return rate(currency, on).map(rate -> rate.toEur(amount));
    }

    public Optional<ExchangeRate> rate(Currency currency, LocalDate on) {
        return Optional.ofNullable(ratesOn(on).get(currency));
    }

    /** Every currency's rate in force on the day, from the transaction's memory or one (cached) query. */
    @SuppressWarnings("unchecked")
    private Map<Currency, ExchangeRate> ratesOn(LocalDate on) {
        String key = ExchangeRates.class.getName() + "@" + on;
        boolean inTransaction = transaction != null && transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction && transaction.getResource(key) instanceof Map<?, ?> known) {
            return (Map<Currency, ExchangeRate>) known;
        }
        Map<Currency, ExchangeRate> rates = new HashMap<>();
        em.createQuery("""
                        select r from ExchangeRate r where r.validOn = (select max(x.validOn) from ExchangeRate x
                            where x.currency = r.currency and x.validOn <= :on)""", ExchangeRate.class)
                .setParameter("on", on)
                .setHint(CACHEABLE, true)
                .getResultList()
                .forEach(rate -> rates.put(rate.getCurrency(), rate));
        if (inTransaction) {
            transaction.putResource(key, rates);
        }
        return rates;
    }
}
