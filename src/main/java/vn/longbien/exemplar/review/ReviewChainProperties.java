package vn.longbien.exemplar.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the review chain runs.
 *
 * @param chain {@code three-tier} (phường → quận → thành phố, the plan's chain) or {@code two-tier}
 *     (phường → thành phố, local government without districts from 1 July 2025). Each review instance takes
 *     the setting once, at its start, and keeps it to its end.
 * @param secretariatGroup the group that follows nominations held for a pending discipline, inspection or
 *     complaint (the standing secretariat of the council)
 */
@ConfigurationProperties("exemplar.review")
public record ReviewChainProperties(
    @DefaultValue("three-tier") Chain chain, @DefaultValue("phong-noivu-thuongtruc") String secretariatGroup) {

  public enum Chain {
    THREE_TIER,
    TWO_TIER
  }

  public boolean twoTier() {
    return chain == Chain.TWO_TIER;
  }
}
