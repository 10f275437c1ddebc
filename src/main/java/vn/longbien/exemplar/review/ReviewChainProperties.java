package vn.longbien.exemplar.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the review chain runs. Who follows held nominations (the council's standing secretariat) is the
 * organisation file's {@code secretariatGroup}, not a setting here.
 *
 * @param chain {@code three-tier} (phường → quận → thành phố, the plan's chain) or {@code two-tier}
 *     (phường → thành phố, local government without districts from 1 July 2025). Each review instance takes
 *     the setting once, at its start, and keeps it to its end.
 */
@ConfigurationProperties("exemplar.review")
public record ReviewChainProperties(@DefaultValue("three-tier") Chain chain) {

  public enum Chain {
    THREE_TIER,
    TWO_TIER;

    /** As the setting and the {@code entry-level} table write it: {@code three-tier}, {@code two-tier}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public boolean twoTier() {
    return chain == Chain.TWO_TIER;
  }
}
