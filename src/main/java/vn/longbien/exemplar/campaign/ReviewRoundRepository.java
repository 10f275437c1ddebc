package vn.longbien.exemplar.campaign;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The yearly rounds, keyed by their year. */
public interface ReviewRoundRepository extends Repository<ReviewRound, Integer> {

  Optional<ReviewRound> findById(Integer roundYear);

  ReviewRound save(ReviewRound round);
}
