package org.scicoop.secretariat.platform.boundary;

import java.time.Instant;

/**
 * Something that needs the caller's action now, as each role's home lists it (issue 12): every component's
 * service answers its own items for the caller's roles ({@code ProposalService.work()}, {@code CallService.work()};
 * the evaluation and projects components add reviews and milestones due the same way), and the home puts them
 * together, soonest due first. The web tier turns {@code kind} into words and a link.
 *
 * @param kind      what is to be done, a stable key such as {@code proposal.draft} or {@code call.screen}
 * @param reference what the link needs: a proposal's id, a call's code
 * @param subject   what people recognise it by: an acronym, a call's code
 * @param context   a line of context: a call's or a proposal's title, an organisation
 * @param due       by when (a deadline, an opening instant), or null
 * @param state     the subject's state for its tag (a {@code ProposalStatus}, a {@code CallState}), or null
 * @param count     how many things it stands for (proposals to screen), else 1
 */
public record WorkItem(String kind, String reference, String subject, String context, Instant due, Enum<?> state,
                       long count) {

    /** The most items of one kind a home lists: enough for a busy person, bounded for the page. */
    public static final int MAX_PER_KIND = 20;
}
