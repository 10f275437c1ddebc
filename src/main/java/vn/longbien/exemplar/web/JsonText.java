package vn.longbien.exemplar.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.longbien.exemplar.text.PlainText;

/**
 * Every string the application's JSON mapper reads (the API's request bodies) is Unicode NFC without white space
 * around it, before validation and storage: "Nguyễn" typed with a combining tone mark is stored as the
 * precomposed letter, and a field of ideographic spaces is an empty field. Which characters a field refuses is
 * {@link PlainTextFields}' rule.
 */
@Configuration
class JsonText {

  @Bean
  Module plainTextStrings() {
    return new SimpleModule("plain-text-strings").addDeserializer(String.class, new NormalizedString());
  }

  static final class NormalizedString extends StdScalarDeserializer<String> {

    NormalizedString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      return text == null ? null : PlainText.normalized(text).strip();
    }
  }
}
