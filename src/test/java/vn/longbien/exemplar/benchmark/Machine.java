package vn.longbien.exemplar.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the numbers were measured on, and the benchmark JVM's memory, read from the JVM and /proc. */
record Machine(int processors, String cpu, String memory, String os, String java, String loadAverage) {

  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        field(Path.of("/proc/cpuinfo"), "model name").orElse("?"),
        field(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kilobytesToGigabytes).orElse("?"),
        field(Path.of("/etc/os-release"), "PRETTY_NAME").map(name -> name.replace("\"", "")).orElse(System.getProperty("os.name"))
            + ", kernel " + System.getProperty("os.version"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        currentLoadAverage());
  }

  /** The 1-, 5- and 15-minute load averages: how busy the machine was besides the benchmark. */
  static String currentLoadAverage() {
    return read(Path.of("/proc/loadavg")).stream().findFirst()
        .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3))).orElse("?");
  }

  /** Heap in use after a full collection, and the process's resident set now and at its peak. */
  record Memory(long heapUsedAfterGc, long heapCommitted, long heapMax, String rss, String peakRss) {

    static Memory now() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      memory.gc();
      MemoryUsage heap = memory.getHeapMemoryUsage();
      Path status = Path.of("/proc/self/status");
      return new Memory(heap.getUsed(), heap.getCommitted(), heap.getMax(),
          field(status, "VmRSS").map(Machine::kilobytesToMegabytes).orElse("?"),
          field(status, "VmHWM").map(Machine::kilobytesToMegabytes).orElse("?"));
    }
  }

  static String megabytes(long bytes) {
    return String.format("%.0f MB", bytes / 1024.0 / 1024.0);
  }

  private static String kilobytesToMegabytes(String value) {
    return megabytes(kilobytes(value) * 1024);
  }

  private static String kilobytesToGigabytes(String value) {
    return String.format("%.1f GB", kilobytes(value) / 1024.0 / 1024.0);
  }

  private static long kilobytes(String value) {
    return Long.parseLong(value.replace("kB", "").trim());
  }

  /** The value of the first "name: value" or "name=value" line. */
  private static Optional<String> field(Path file, String name) {
    return read(file).stream()
        .filter(line -> line.startsWith(name))
        .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).trim())
        .findFirst();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      return List.of();
    }
  }
}
