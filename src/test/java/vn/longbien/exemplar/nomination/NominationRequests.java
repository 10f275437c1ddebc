package vn.longbien.exemplar.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.longbien.exemplar.support.RoundClock;

/** Bodies of {@code POST /api/nominations} as a ward's nominating unit fills them in. */
final class NominationRequests {

  private NominationRequests() {}

  /** {@code POST /api/nominations} as the user, on a day inside the window of the body's round. */
  @SuppressWarnings("rawtypes")
  static ResponseEntity<Map> submit(TestRestTemplate rest, String user, Map<String, Object> body) {
    return RoundClock.inRound((Integer) body.get("roundYear"),
        () -> rest.withBasicAuth(user, "demo").postForEntity("/api/nominations", body, Map.class));
  }

  /** An eligible individual of the "chung" movement; change what the scenario needs. */
  static Map<String, Object> individual(int year, String unit, String name, Integer birthYear) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("roundYear", year);
    body.put("nominatingUnit", unit);
    body.put("nomineeKind", "ca-nhan");
    body.put("nomineeName", name);
    body.put("birthYear", birthYear);
    body.put("gender", "nu");
    body.put("positionTitle", "Tổ trưởng tổ dân phố");
    body.put("workplace", "Tổ dân phố 3");
    body.put("wardOrUnit", "Phường Bồ Đề");
    body.put("movement", "chung");
    body.put("achievements", "Vận động nhân dân hiến đất mở rộng ngõ, xây dựng tuyến phố văn minh.");
    body.put("generalCriteria", List.of("tc1", "tc2", "tc3", "tc4"));
    body.put("specificCriteria", List.of());
    body.put("disciplinePending", false);
    body.put("complaintPending", false);
    return body;
  }
}
