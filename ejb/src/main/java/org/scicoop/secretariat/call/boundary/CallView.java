package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.DocumentKind;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call as screens and the API show it: what a client GETs it may PUT back as a {@link CallCommand} (the fields
 * a command does not take are ignored). {@code totalEur} is null when a currency has no rate yet.
 */
public record CallView(String code, String title, String summary, CallStatus status, PublicPhase phase,
                       Instant opensAt, Instant deadline, BigDecimal commonFundEur, int minPartners, int minCountries,
                       boolean developingPartnerRequired, boolean coordinatorCountryFunds, int maxDurationMonths,
                       List<String> themes, List<CommitmentView> commitments, Map<String, BigDecimal> budgetByCurrency,
                       BigDecimal totalEur, List<ExtensionView> extensions, Instant openedAt, Instant closedAt,
                       String cancelReason, List<DocumentView> documents, Rights rights, long version)
        implements Serializable, VersionedView {

    /** The call's state in the one vocabulary of every page (an opened call is forthcoming before it opens). */
    public CallState state() {
        return CallState.of(status, phase);
    }

    /**
     * What the reader may do with the call now (pages show actions by these, never by status): revise it, open
     * (publish) it, extend its deadline, cancel it, copy it into a new draft, add and remove its documents, list
     * the proposals submitted to it, follow its evaluation (closed or later, officers).
     */
    public record Rights(boolean revise, boolean open, boolean extend, boolean cancel, boolean copy,
                         boolean documents, boolean proposals, boolean evaluation) implements Serializable {

        public static final Rights NONE = new Rights(false, false, false, false, false, false, false, false);
    }

    public record CommitmentView(Long agencyId, String agency, String agencyName, String country, String currency,
                                 BigDecimal amount, BigDecimal maxRequestPerPartner, BigDecimal amountEur)
                                         implements Serializable {
    }

    public record ExtensionView(Instant previousDeadline, Instant newDeadline, String reason, String extendedBy,
                                Instant extendedAt) implements Serializable {
    }

    /**
     * A document's metadata. {@code href} downloads it through the API (with a token, for whoever may
     * read the call); {@code publicHref} is its public address, for published calls only (null for a draft).
     * Both are relative to the application's root.
     */
    public record DocumentView(long id, String title, DocumentKind kind, String language, String fileName,
                               long size, String sha256, Instant uploadedAt, String uploadedBy, String href,
                               String publicHref) implements Serializable {
    }
}
