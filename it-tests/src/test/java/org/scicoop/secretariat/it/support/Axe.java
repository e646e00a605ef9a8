package org.scicoop.secretariat.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

/** WCAG 2.1 AA as axe-core checks it in the browser: the one accessibility check of the journeys. */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The page's violations, each as "rule (impact): help at targets"; empty when it passes. */
    public static List<String> violations(Browser browser) {
        return builder().analyze(browser.driver()).getViolations().stream().map(Axe::describe).toList();
    }

    /**
     * The violations within the elements the CSS selectors name, as the page shows them now (a hovered, focused or
     * selected state stays as it is while axe reads the colours).
     */
    public static List<String> violationsWithin(Browser browser, String... selectors) {
        AxeBuilder axe = builder();
        for (String selector : selectors) {
            axe.include(selector);
        }
        return axe.analyze(browser.driver()).getViolations().stream().map(Axe::describe).toList();
    }

    /** WCAG 2.1 AA; only the violations come back (the passes of a long page are megabytes of JSON), no frames. */
    private static AxeBuilder builder() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(WCAG_21_AA).disableIframeTesting();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
