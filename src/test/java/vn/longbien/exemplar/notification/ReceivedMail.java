package vn.longbien.exemplar.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A mail as GreenMail received it, read as a mail program shows it to the official: subject, raw header, text. */
record ReceivedMail(String to, String subject, String rawSubject, String text, String html, String messageId) {

  static ReceivedMail of(MimeMessage message) {
    try {
      return new ReceivedMail(message.getAllRecipients()[0].toString(), message.getSubject(),
          message.getHeader("Subject")[0], part(message, "text/plain"), part(message, "text/html"),
          message.getMessageID());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart body = multipart.getBodyPart(i);
          String found = part(body, type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
