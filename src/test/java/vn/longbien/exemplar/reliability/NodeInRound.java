package vn.longbien.exemplar.reliability;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.longbien.exemplar.ExemplarSelectionApplication;
import vn.longbien.exemplar.support.RoundClock;

/**
 * The application as a node of its own process runs it, its engine clock on a day inside the window of the
 * round given as {@code -Dexemplar.test-round} (and running on from there), so that the round takes the
 * nominations the run submits.
 */
public final class NodeInRound {

  static final String ROUND_PROPERTY = "exemplar.test-round";

  private NodeInRound() {}

  public static void main(String[] arguments) {
    int round = Integer.parseInt(System.getProperty(ROUND_PROPERTY));
    ClockUtil.offset(RoundClock.insideWindowOf(round).toEpochMilli() - System.currentTimeMillis());
    ExemplarSelectionApplication.main(arguments);
  }
}
