package vn.longbien.exemplar.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Rounds for the test scenarios. Only the round open today takes nominations, so a scenario that submits does
 * it on a day inside its round's window, by the engine clock: {@link #inRound} moves the clock to 10 December
 * of the year before the round, 09:00 in Hà Nội (between the default opening on 1 December and the deadline
 * before 31 January of round-deadlines), and puts it back afterwards; the clock keeps running meanwhile.
 *
 * <p>While the clock is moved, the job executors of the engines in this JVM are paused, so that no timer of
 * another scenario falls due on the moved clock; they resume when the outermost call ends. A scenario that
 * must finish work before its own timers fall due on the real clock (a round in the past) keeps them paused
 * around that work with {@link #jobsPaused}.
 *
 * <p>The round years themselves come from {@link TestData}.
 */
public final class RoundClock {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Object LOCK = new Object();
  private static int pauses;
  private static final List<JobExecutor> paused = new ArrayList<>();

  private RoundClock() {}

  /** 10 December of the year before the round, 09:00 in Hà Nội: inside the round's window. */
  public static Instant insideWindowOf(int roundYear) {
    return LocalDate.of(roundYear - 1, 12, 10).atTime(LocalTime.of(9, 0)).atZone(HANOI).toInstant();
  }

  /** Runs the work on a day inside the round's window, with the job executors paused. */
  public static <T> T inRound(int roundYear, Supplier<T> work) {
    return at(insideWindowOf(roundYear), work);
  }

  /** Runs the work with the engine clock at the instant (and running on), the job executors paused. */
  public static <T> T at(Instant instant, Supplier<T> work) {
    return jobsPaused(() -> {
      ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
      try {
        return work.get();
      } finally {
        ClockUtil.reset();
      }
    });
  }

  public static void inRound(int roundYear, Runnable work) {
    inRound(roundYear, () -> {
      work.run();
      return null;
    });
  }

  /** Runs the work with the job executors of this JVM's engines paused; nested calls resume only at the end. */
  public static <T> T jobsPaused(Supplier<T> work) {
    pause();
    try {
      return work.get();
    } finally {
      resume();
    }
  }

  public static void jobsPaused(Runnable work) {
    jobsPaused(() -> {
      work.run();
      return null;
    });
  }

  private static void pause() {
    synchronized (LOCK) {
      if (pauses++ == 0) {
        for (ProcessEngine engine : ProcessEngines.getProcessEngines().values()) {
          JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
          if (executor != null && executor.isActive()) {
            executor.shutdown();
            paused.add(executor);
          }
        }
      }
    }
  }

  private static void resume() {
    synchronized (LOCK) {
      if (--pauses == 0) {
        paused.forEach(JobExecutor::start);
        paused.clear();
      }
    }
  }
}
