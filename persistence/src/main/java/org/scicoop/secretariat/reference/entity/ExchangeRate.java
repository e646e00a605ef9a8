package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** How many euros one unit of a currency was worth from a given day on (until the next rate). */
@Entity
@Audited
@Table(name = "exchange_rate")
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(length = 3)
    private Currency currency;

    @NotNull
    @Column(name = "valid_on")
    private LocalDate validOn;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Column(name = "eur_per_unit", precision = 19, scale = 8)
    private BigDecimal eurPerUnit;

    @Version
    private long version;

    protected ExchangeRate() {
    }

    public ExchangeRate(Currency currency, LocalDate validOn, BigDecimal eurPerUnit) {
        this.currency = Objects.requireNonNull(currency);
        this.validOn = Objects.requireNonNull(validOn);
        this.eurPerUnit = Objects.requireNonNull(eurPerUnit);
    }

    /** {@code amount} of this rate's currency in euros, to the cent. */
    public BigDecimal toEur(BigDecimal amount) {
        return toEur(amount, eurPerUnit);
    }

    /** {@code amount} of a currency worth {@code eurPerUnit} euros a unit, in euros, to the cent (half to even). */
    public static BigDecimal toEur(BigDecimal amount, BigDecimal eurPerUnit) {
        return amount.multiply(eurPerUnit).setScale(2, RoundingMode.HALF_EVEN);
    }

    public Long getId() {
        return id;
    }

    public Currency getCurrency() {
        return currency;
    }

    public LocalDate getValidOn() {
        return validOn;
    }

    public BigDecimal getEurPerUnit() {
        return eurPerUnit;
    }

    public long getVersion() {
        return version;
    }
}
