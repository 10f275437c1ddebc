package vn.longbien.exemplar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.longbien.exemplar.support.ApplicationTest;

/** No JSON body of the application's API escapes the text rule: a new request record must carry it too. */
@ApplicationTest
class ApiTextCoverageTest {

  @Autowired @Qualifier("requestMappingHandlerMapping") private RequestMappingHandlerMapping mappings;

  @Test
  void everyRequestBodyTheApiReadsIsCheckedAsPlainText() {
    List<Class<?>> bodies = mappings.getHandlerMethods().values().stream()
        .flatMap(handler -> Arrays.stream(handler.getMethodParameters()))
        .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
        .map(MethodParameter::getParameterType)
        .distinct().toList();

    assertThat(bodies).isNotEmpty().allSatisfy(body -> assertThat(body).hasAnnotation(PlainTextFields.class));
  }
}
