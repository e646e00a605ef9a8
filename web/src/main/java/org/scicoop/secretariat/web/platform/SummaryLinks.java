package org.scicoop.secretariat.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;

/**
 * The summary above every form ({@code p:messages}) links each message about a field to that field: a click (or
 * Enter) focuses it ({@code data-sc-focus}, secretariat.js; without script the link still scrolls to it). Registered
 * in faces-config.xml in place of PrimeFaces' renderer, so every form has it and no page repeats it. Every message is
 * a plain list item (PrimeFaces marks each {@code <li role="alert">}, which is no longer a list item for assistive
 * technology; the container's {@code aria-live} announces the messages).
 */
public class SummaryLinks extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        String field = fieldOf(FacesContext.getCurrentInstance(), message);
        String summary = message.getSummary() == null ? "" : message.getSummary();
        String detail = message.getDetail() == null ? summary : message.getDetail();
        if (messages.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
            detail = "";
        }
        // a list item stays one: PrimeFaces' role="alert" on the <li> takes its list semantics away (axe: "list");
        // the messages' container already announces them (aria-live)
        writer.startElement("li", null);
        if (field != null) {
            writer.startElement("a", null);
            writer.writeAttribute("href", "#" + field, null);
            writer.writeAttribute("class", "sc-message-link", null);
            writer.writeAttribute("data-sc-focus", field, null);
        }
        if (messages.isShowSummary()) {
            text(writer, "ui-messages-" + severity + "-summary", summary, escape);
        }
        if (messages.isShowDetail()) {
            text(writer, "ui-messages-" + severity + "-detail", detail, escape);
        }
        if (field != null) {
            writer.endElement("a");
        }
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }

    /** The client id of the field the message was added for; null for a message about the whole page. */
    static String fieldOf(FacesContext context, FacesMessage message) {
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
                if (messages.next() == message) {
                    return id;
                }
            }
        }
        return null;
    }
}
