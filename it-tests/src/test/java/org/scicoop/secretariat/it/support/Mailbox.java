package org.scicoop.secretariat.it.support;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The e-mails of the test run, as the SMTP server of {@link Infrastructure} received them (the application's and Keycloak's). */
public final class Mailbox {

    private Mailbox() {
    }

    /** The first e-mail to the address; fails after 30 s. */
    public static MimeMessage await(String address) {
        return await(address, "");
    }

    /** The first e-mail to the address whose subject or text holds {@code text}; fails after 30 s. */
    public static MimeMessage await(String address, String text) {
        for (int attempt = 0; attempt < 60; attempt++) {
            Optional<MimeMessage> found = to(address, text).stream().findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no e-mail to " + address + (text.isEmpty() ? "" : " with " + text) + " within 30 s");
    }

    /** The e-mails received so far to the address whose subject or text holds {@code text}. */
    public static List<MimeMessage> to(String address, String text) {
        return Arrays.stream(Infrastructure.mail().getReceivedMessages())
                .filter(message -> addressedTo(message, address) && (subject(message) + text(message)).contains(text))
                .toList();
    }

    /** The text of an e-mail: its body, or every part of a multipart one. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(multipart.getBodyPart(i).getContent());
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new AssertionError("unreadable e-mail", e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }
}
