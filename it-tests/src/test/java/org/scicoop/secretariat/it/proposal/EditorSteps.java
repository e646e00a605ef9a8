package org.scicoop.secretariat.it.proposal;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;

/** What a coordinator does in the proposal editor's browser journeys: type into a field, open a step, pick a file. */
public final class EditorSteps {

    private EditorSteps() {
    }

    /** Replaces the field's text and leaves the field (the live check runs), then waits for the page's answer. */
    public static void type(Browser browser, String id, String text) {
        browser.waitFor(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        browser.awaitAjax();
    }

    /** Opens the step ({@code CALL}, {@code PARTNERS}, … {@code REVIEW}) and waits until it is the active one. */
    public static void step(Browser browser, String step) {
        browser.awaitAjax();
        browser.waitFor(By.cssSelector("a[data-step='" + step + "']")).click();
        browser.awaitAjax();
        browser.waitFor(By.cssSelector(".sc-step-active a[data-step='" + step + "']"));
    }

    /** The attachments step's file input (the step must be open). */
    public static WebElement fileInput(Browser browser) {
        return browser.waitFor(By.cssSelector("#upload-form input[type='file']"));
    }
}
