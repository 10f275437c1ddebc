package vn.longbien.exemplar.nomination;

import java.util.Optional;
import vn.longbien.exemplar.text.Coded;

/**
 * The four general criteria of the plan (tiêu chuẩn chung), as the records store them ({@code tc1} … {@code tc4})
 * and as officials read them; the start and correction forms show the same texts.
 */
public enum GeneralCriterion implements Coded {
  TC1("tc1", "Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước"),
  TC2("tc2", "Hoàn thành xuất sắc nhiệm vụ được giao; tiêu biểu, có sức lan tỏa"),
  TC3("tc3", "Có mô hình mới, cách làm hay, nhiều sáng kiến, giải pháp sáng tạo; đi đầu trong phong trào thi đua"),
  TC4("tc4", "Có tinh thần tương thân tương ái, tích cực tham gia hoạt động nhân đạo, từ thiện, an sinh xã hội");

  private final Words words;

  GeneralCriterion(String code, String label) {
    this.words = new Words(code, label);
  }

  @Override
  public Words words() {
    return words;
  }

  public static Optional<GeneralCriterion> ofCode(String code) {
    return Coded.of(GeneralCriterion.class, code);
  }
}
