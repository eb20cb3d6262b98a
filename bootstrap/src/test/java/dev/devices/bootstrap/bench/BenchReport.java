package dev.devices.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a benchmark's figures into its own marked section of docs/benchmarks.md, and common figures. */
final class BenchReport {

    private BenchReport() {
    }

    /** Replaces the section between {@code <!-- key:start -->} and {@code <!-- key:end -->}, or appends it. */
    static void writeSection(String key, String title, String body) throws IOException {
        Path file = Path.of("..", "docs", "benchmarks.md");
        String start = "<!-- " + key + ":start -->";
        String end = "<!-- " + key + ":end -->";
        String section = start + "\n## " + title + "\n\n" + body + end;
        String text = Files.readString(file);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text + "\n" + section + "\n";
        Files.writeString(file, text);
    }

    /** The p-th percentile of sorted nanosecond figures, in milliseconds. */
    /** The mean of nanosecond timings, in milliseconds. */
    static double meanMillis(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
    }
}
