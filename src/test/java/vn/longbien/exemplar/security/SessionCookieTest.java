package vn.longbien.exemplar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import vn.longbien.exemplar.support.ApplicationTest;

/** The webapps' session cookie carries each of its attributes once, as a browser should receive it. */
@ApplicationTest
class SessionCookieTest {

  @Autowired private TestRestTemplate rest;

  @Test
  void sessionCookieNamesEachAttributeOnce() {
    List<String> cookies = rest.getForEntity("/camunda/app/tasklist/default/", String.class)
        .getHeaders().get(HttpHeaders.SET_COOKIE);

    String session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session.split(";")).extracting(String::trim).extracting(attribute -> attribute.split("=")[0])
        .doesNotHaveDuplicates()
        .contains("HttpOnly", "SameSite");
    assertThat(session).contains("SameSite=Strict");
  }
}
