package vn.longbien.exemplar.nomination;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks the year's row of {@code yearly_cap_lock} ({@code SELECT ... FOR UPDATE}, on H2 and PostgreSQL alike)
 * in the caller's transaction, then counts the awards. The row is added, if missing, in a transaction of its
 * own, so that two first checks of a year do not fail each other's work.
 */
@Component
class LockedAwardedTitles implements AwardedTitles {

  static final String AWARD = "cong-dan-thu-do-uu-tu";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final NominationRepository nominations;

  LockedAwardedTitles(JdbcTemplate jdbc, PlatformTransactionManager transactions, NominationRepository nominations) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.nominations = nominations;
  }

  @Override
  public long countHoldingTheYear(int roundYear) {
    if (!lock(roundYear)) {
      ownTransaction.executeWithoutResult(status -> {
        try {
          jdbc.update("INSERT INTO yearly_cap_lock (round_year, award) VALUES (?, ?)", roundYear, AWARD);
        } catch (DataIntegrityViolationException addedByAnotherCheck) {
          status.setRollbackOnly();
        }
      });
      if (!lock(roundYear)) {
        throw new IllegalStateException("Không khóa được chỉ tiêu danh hiệu năm " + roundYear);
      }
    }
    return nominations.countByRoundYearAndOutstandingCitizenTitleTrue(roundYear);
  }

  private boolean lock(int roundYear) {
    return !jdbc.queryForList(
            "SELECT round_year FROM yearly_cap_lock WHERE round_year = ? AND award = ? FOR UPDATE",
            Integer.class, roundYear, AWARD)
        .isEmpty();
  }
}
