package vn.longbien.exemplar.campaign;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The lines of the rounds' yearly reports. */
public interface RoundReportRepository extends Repository<RoundReportLine, Long> {

  List<RoundReportLine> findByRoundYearOrderByLineNo(int roundYear);

  RoundReportLine save(RoundReportLine line);
}
