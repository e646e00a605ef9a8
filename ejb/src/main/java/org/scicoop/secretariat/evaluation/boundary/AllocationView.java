package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.evaluation.entity.CommonPot;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The virtual common pot's result for a call: every ranked proposal's outcome with its grants and funding gaps, and
 * every payer's budget, allocation and remainder in its currency. {@code decided}: the recorded decision (never
 * recomputed); otherwise the walk over today's data (or a what-if), nothing saved.
 */
public record AllocationView(String callCode, boolean decided, LocalDate ratesOn, BigDecimal threshold,
                             List<Line> lines, List<Use> uses, int funded, int reserve, int notFunded)
                                     implements Serializable {

    public record Line(int rank, long proposalId, String acronym, BigDecimal total, CommonPot.Outcome outcome,
                       CommonPot.Reason reason, String overrideReason, List<Grant> grants, List<Gap> gaps)
                               implements Serializable {
    }

    /** What a partner gets: {@code agencyId} null when the common fund pays (in euros). */
    public record Grant(long partnerId, String organisation, String country, Long agencyId, String payer,
                        String currency, BigDecimal amount) implements Serializable {
    }

    /** A funding gap: which payer could not pay its part, needed, what it had left, and the shortfall. */
    public record Gap(Long agencyId, String payer, String currency, BigDecimal needed, BigDecimal available,
                      BigDecimal shortfall) implements Serializable {
    }

    /** A payer's use: its commitment, national top-ups, the budget (their sum), allocated and remaining. */
    public record Use(Long agencyId, String payer, String country, String currency, BigDecimal committed,
                      BigDecimal toppedUp, BigDecimal budget, BigDecimal allocated, BigDecimal remaining)
                              implements Serializable {
    }
}
