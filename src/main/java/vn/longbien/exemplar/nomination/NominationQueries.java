package vn.longbien.exemplar.nomination;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Searches over the nominations for the application's API (the review chain uses {@link NominationRepository}). */
public interface NominationQueries extends Repository<Nomination, String>, JpaSpecificationExecutor<Nomination> {}
