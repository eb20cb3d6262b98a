package dev.devices.bootstrap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (the HTTP load tool, Debian package {@code wrk}) against one URL and reads its figures.
 * POST bodies and per-request variation come from a Lua script.
 */
final class Wrk {

    private Wrk() {
    }

    /** What one run measured; {@code failure} is one non-2xx answer a script printed, or empty. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long non2xx,
                  String failure) {
    }

    /** Appended to every script: prints the first failed answer of each thread, so a report can say why. */
    private static final String REPORT_FIRST_FAILURE = """

            local reported = false
            response = function(status, headers, body)
              if status >= 300 and not reported then
                reported = true
                print("FAILED " .. status .. " " .. string.sub(body or "", 1, 160))
              end
            end
            """;

    static void requireInstalled() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("make bench needs wrk: `sudo apt-get install wrk` (Debian/Ubuntu) or"
                    + " `brew install wrk` (macOS); make bench installs it where apt-get is available", e);
        }
    }

    static Result run(String url, String authorization, int connections, int seconds, String luaScript)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s", "-H", "Authorization: " + authorization));
        if (luaScript != null) {
            Path script = Files.createTempFile("bench-", ".lua");
            Files.writeString(script, luaScript + REPORT_FIRST_FAILURE);
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher failure = Pattern.compile("FAILED (.*)").matcher(output);
        return new Result(number(output, "Requests/sec:\\s+([0-9.]+)"), millis(output, "50%"), millis(output, "99%"),
                (long) number(output, "(\\d+) requests in"), (long) optionalNumber(output, "Non-2xx or 3xx responses: (\\d+)"),
                failure.find() ? failure.group(1).strip() : "");
    }

    private static double millis(String output, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("'" + regex + "' not in wrk's output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double optionalNumber(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
