package org.scicoop.secretariat.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the application sends its e-mails (plain text, UTF-8, from the mail session's sender): on a managed
 * thread, so a slow relay never slows the request that caused the e-mail; a failure is logged. Each component's mail
 * class ({@code ProposalMail}, {@code ProjectMail}) observes its events after commit, words the message from its
 * bundle in the recipient's language ({@link #text}) and hands it here.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:jboss/mail/Secretariat")
    Session mail;

    @Resource
    ManagedExecutorService executor;

    /**
     * Runs {@code work} — wording e-mails and handing them to {@link #send} — on the mail thread: for an observer after
     * commit that must still read the database (the recipients' languages), which the committing transaction's
     * completion does not allow. A failure is logged.
     */
    public void onMailThread(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not prepare an e-mail", e);
            }
        });
    }

    public void send(String to, String subject, String body) {
        executor.execute(() -> {
            try {
                MimeMessage message = new MimeMessage(mail);
                message.setFrom(); // the mail session's "from" (SECRETARIAT_MAIL_FROM)
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                Transport.send(message);
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Could not send \"" + subject + "\": " + e.getMessage());
            }
        });
    }

    /** An instant as e-mails write it when they do not know the reader's zone: {@code 2027-03-31 17:00:00 UTC}. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** The message {@code key} of {@code bundle} in {@code locale}, with its values. */
    public static String text(String bundle, Locale locale, String key, Object... values) {
        return new MessageFormat(ResourceBundle.getBundle(bundle, locale).getString(key), locale).format(values);
    }
}
