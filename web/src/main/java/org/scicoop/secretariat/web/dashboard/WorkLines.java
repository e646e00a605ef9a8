package org.scicoop.secretariat.web.dashboard;

import org.scicoop.secretariat.platform.boundary.WorkItem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each kind of {@link WorkItem} leads and how a home orders them. The words are in the bundles: {@code
 * work.<kind>} says what is to be done (with {@code {0}} the count), {@code work.<kind>.due} names the date. A
 * component that adds a kind of work (reviews due, milestones due) adds its link here and its words there.
 */
final class WorkLines {

    /** The page of each kind of work, relative to the application's root, from the item's reference. */
    private static final Map<String, Function<String, String>> LINKS = Map.ofEntries(
            Map.entry("proposal.draft", WorkLines::proposal),
            Map.entry("proposal.reopened", WorkLines::proposal),
            Map.entry("proposal.partnerData", WorkLines::proposal),
            Map.entry("proposal.submitted", WorkLines::proposal),
            Map.entry("proposal.awaitingScreening", WorkLines::proposal),
            Map.entry("proposal.screened", WorkLines::proposal),
            Map.entry("proposal.screen", call -> "/app/proposals/list.xhtml?status=SUBMITTED&call=" + call),
            Map.entry("proposal.country", call -> "/app/proposals/list.xhtml?call=" + call),
            Map.entry("call.apply", call -> "/call.xhtml?code=" + call),
            Map.entry("call.draft", WorkLines::officersCall),
            Map.entry("call.draftCommitted", WorkLines::officersCall),
            Map.entry("call.closing", WorkLines::officersCall),
            Map.entry("review.declare", WorkLines::review),
            Map.entry("review.score", WorkLines::review),
            Map.entry("signOff.call", call -> "/app/national/sign-off.xhtml?call=" + call),
            Map.entry("evaluation.reviews", call -> "/app/evaluation/index.xhtml?call=" + call),
            Map.entry("milestone.due", WorkLines::report),
            Map.entry("report.returned", WorkLines::report),
            Map.entry("report.review", WorkLines::projectMilestone));

    /** Soonest due first (a passed deadline is the most urgent); the same day by subject. */
    static final Comparator<WorkItem> URGENCY = Comparator.comparing(WorkItem::due,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(WorkItem::subject);

    private WorkLines() {
    }

    static String link(WorkItem item) {
        Function<String, String> link = LINKS.get(item.kind());
        if (link == null) {
            throw new IllegalArgumentException("no page for work of kind " + item.kind());
        }
        return link.apply(item.reference());
    }

    /** Every kind of work a home knows how to show. */
    static java.util.Set<String> kinds() {
        return LINKS.keySet();
    }

    /** The items of several components, in the order a person should deal with them. */
    static List<WorkItem> ordered(List<List<WorkItem>> sources) {
        return sources.stream().flatMap(List::stream).sorted(URGENCY).toList();
    }

    private static String proposal(String id) {
        return "/app/proposals/proposal.xhtml?id=" + id;
    }

    private static String review(String assignmentId) {
        return "/app/reviews/review.xhtml?id=" + assignmentId;
    }

    /** The report editor of a milestone, from {@code project/milestone}. */
    private static String report(String projectAndMilestone) {
        String[] ids = projectAndMilestone.split("/", 2);
        return "/app/projects/report.xhtml?project=" + ids[0] + "&milestone=" + ids[1];
    }

    /** A milestone on its project's page, from {@code project/milestone}. */
    private static String projectMilestone(String projectAndMilestone) {
        String[] ids = projectAndMilestone.split("/", 2);
        return "/app/projects/project.xhtml?id=" + ids[0] + "#milestone-" + ids[1];
    }

    private static String officersCall(String code) {
        return "/app/calls/view.xhtml?code=" + code;
    }
}
