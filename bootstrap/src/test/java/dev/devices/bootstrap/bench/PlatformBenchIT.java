package dev.devices.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devices.bootstrap.bench.Wrk.Result;
import dev.devices.bootstrap.support.PackagedService;
import dev.devices.embedded.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The performance harness of {@code make bench}: the packaged service (JVM mode, default heap) as its
 * own process on a database of its own, seeded first with 10,000 then with 1,000,000 devices; wrk on
 * loopback drives each scenario; two ceilings are measured in the same run (an endpoint that only
 * verifies the token, and pgbench -S on the same database) so that results read as ratios. Writes
 * docs/benchmarks.md.
 */
@Tag("bench")
class PlatformBenchIT {

    private static final long DEVICES = Long.getLong("bench.platform.devices", 1_000_000);
    private static final long SMALL = 10_000;
    /** The size at which the disconnection sweep's plan is shown again, to show it does not grow with the table. */
    private static final long SWEEP_DEVICES = Long.getLong("bench.sweep.devices", 2_000_000);
    private static final int SECONDS = Integer.getInteger("bench.platform.seconds", 10);
    private static final int CONNECTIONS = 16;
    private static final Path GC_LOG = Path.of("target", "platform-bench-gc.log");

    private final Map<String, Result> small = new LinkedHashMap<>();
    private final Map<String, Result> large = new LinkedHashMap<>();

    @Test
    void scenariosAtTenThousandAndAMillionDevices() throws Exception {
        Wrk.requireInstalled();
        try (TestDatabase database = TestDatabase.create()) {
            long started = System.nanoTime();
            Path keys = Files.createTempDirectory("bench-keys");
            try (PackagedService service = PackagedService.start(database.jdbcUrl(), database.user(), database.password(),
                    keys, Path.of("target", "platform-bench.log"),
                    // one organization drives all the load: lift its limit so the service is measured, not the
                    // limit; every call still takes its quota from the limiter, so its cost is in every figure
                    Map.of("DEVICES_RATE_LIMIT_PER_MINUTE", "1000000000",
                            // the java launcher adds these to the shipped options: every pause, for the report
                            "JDK_JAVA_OPTIONS", "-Xlog:gc:file=" + GC_LOG.toAbsolutePath()))) {
                service.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(60));
                double startupSeconds = (System.nanoTime() - started) / 1e9;
                String token = field(service.call("POST", "/oauth2/token?grant_type=client_credentials", null, null).body(),
                        "access_token");
                try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
                    BenchDataset data = new BenchDataset(db);
                    data.prepare();
                    data.addDevices(0, SMALL);
                    data.analyze();
                    Scenarios scenarios = new Scenarios(service.base(), "Bearer " + token, data);
                    scenarios.warmUp();
                    scenarios.scaling(small);

                    long seeding = System.nanoTime();
                    data.withoutTrigramIndexes(() -> data.addDevices(SMALL, DEVICES));
                    data.addTimeline(scenarios.timelineDevice, 10_000);
                    data.analyze();
                    double seedSeconds = (System.nanoTime() - seeding) / 1e9;

                    scenarios.all(large);
                    double pgbench = pgbench(database);
                    String plans = Plans.explain(db, data);
                    long peakRss = service.peakRssMiB();
                    service.close();
                    double restartSeconds = restart(database, keys);
                    String report = report(startupSeconds, restartSeconds, seedSeconds, pgbench, peakRss);
                    BenchReport.writeSection("platform", "Platform API at " + String.format("%,d", DEVICES) + " devices", report);
                    BenchReport.writeSection("plans", "Query plans at " + String.format("%,d", DEVICES) + " devices", plans);
                    String sweepAtSize = Plans.sweep(db, DEVICES);
                    data.withoutTrigramIndexes(() -> data.addDevices(DEVICES, SWEEP_DEVICES));
                    data.analyze();
                    BenchReport.writeSection("sweep-plans", "The disconnection sweep at "
                            + String.format("%,d and %,d", DEVICES, SWEEP_DEVICES) + " devices",
                            Plans.SWEEP_INTRO + sweepAtSize + Plans.sweep(db, SWEEP_DEVICES));
                    System.out.println(report);
                }
            }
        }
        assertThat(large).isNotEmpty();
    }

    /** The second start: the schema is current and the data is there, as in every start after the first. */
    private static double restart(TestDatabase database, Path keys) throws Exception {
        long started = System.nanoTime();
        try (PackagedService again = PackagedService.start(database.jdbcUrl(), database.user(), database.password(),
                keys, Path.of("target", "platform-bench-restart.log"), Map.of())) {
            again.waitForHealth("ready", status -> status == 200, Duration.ofSeconds(60));
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** The scenarios, each a wrk run against one URL. */
    private static final class Scenarios {
        private final String base;
        private final String authorization;
        private final BenchDataset data;
        private final long bigOrg;
        private final long template;
        private final long timelineDevice;
        private final long getDevice;

        Scenarios(String base, String authorization, BenchDataset data) throws Exception {
            this.base = base;
            this.authorization = authorization;
            this.data = data;
            this.bigOrg = data.bigOrgId();
            this.template = data.templateId();
            this.getDevice = data.single("SELECT min(id) FROM device WHERE org_id = " + bigOrg);
            this.timelineDevice = getDevice;
        }

        /** Every scaling scenario once, unmeasured, so that the first measured run is not the JIT's. */
        void warmUp() throws Exception {
            get("/api/v1/organization/device?deviceId=" + getDevice);
            scaling(new LinkedHashMap<>());
        }

        /** The three whose p99 must stay flat as data grows, and D1 page 0. */
        void scaling(Map<String, Result> into) throws Exception {
            into.put("D1 list, big organization, page 0", get("/api/v1/organization/devices?orgId=" + bigOrg + "&size=50"));
            into.put("D3 search by name fragment, sorted by name", get("/api/v1/organization/search/devices?query=ice%204242&sortBy=Name"));
            into.put("D3 search by owner email, sorted by name", get("/api/v1/organization/search/devices?query=owner4200@bench.example&sortBy=Name"));
            into.put("D19 devices by owner", get("/api/v1/organization/device/by-owner?ownerEmail=owner4200@bench.example"));
        }

        void all(Map<String, Result> into) throws Exception {
            into.put("framework ceiling: token check, constant answer", get("/bench/ceiling"));
            // the fixed work of every /api call: caller check and rate limit, then a 400 for the malformed id
            into.put("authenticated call answered 400 (the per-call floor; non-2xx by design)",
                    get("/api/v1/organization/device?deviceId=not-a-number"));
            into.put("D4 get device", get("/api/v1/organization/device?deviceId=" + getDevice));
            scaling(into);
            into.put("D1 list, big organization, page 5,000 (offset 250,000)",
                    get("/api/v1/organization/devices?orgId=" + bigOrg + "&page=5000&size=50"));
            into.put("D1 list from the root with includeSubOrgDevices, page 0",
                    get("/api/v1/organization/devices?includeSubOrgDevices=true&size=50"));
            into.put("D11 timeline page 10", get("/api/v1/organization/device/timeline?deviceId=" + timelineDevice + "&page=10&size=50"));
            into.put("D8 create device (32 connections)", Wrk.run(base + "/api/v1/organization/device/create", authorization,
                    32, SECONDS, post("{\"templateId\": " + template + ", \"name\": \"Bench created\", \"orgId\": " + bigOrg + "}")));
            into.put("D13 transfer to another owner", Wrk.run(base + "/api/v1/organization/device/transfer/to-owner",
                    authorization, CONNECTIONS, SECONDS, transfers()));
            into.put("POST /oauth2/token (client credentials, secret checked as a SHA-256 digest)", Wrk.run(base + "/oauth2/token",
                    PackagedService.basicAuthorization(), CONNECTIONS, SECONDS, """
                            wrk.method = "POST"
                            wrk.body = "grant_type=client_credentials"
                            wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
                            """));
        }

        private Result get(String path) throws Exception {
            return Wrk.run(base + path, authorization, CONNECTIONS, SECONDS, null);
        }

        private static String post(String json) {
            return "wrk.method = \"POST\"\nwrk.body = '" + json + "'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n";
        }

        /** Each wrk thread moves its own half of 2,000 ownerless devices between two users, round after round. */
        private String transfers() throws Exception {
            String devices = data.ids("SELECT id FROM device WHERE org_id = " + bigOrg
                    + " AND owner_user_id IS NULL ORDER BY id LIMIT 2000");
            return """
                    local devices = {%s}
                    local users = {%d, %d}
                    local threads = 0
                    function setup(thread) thread:set("offset", threads); threads = threads + 1 end
                    local counter = 0
                    request = function()
                      local half = math.floor(#devices / 2)
                      local i = (counter %% half) + 1 + offset * half
                      local user = users[(math.floor(counter / half) %% 2) + 1]
                      counter = counter + 1
                      wrk.headers["Content-Type"] = "application/json" -- wrk.headers also carries the token
                      return wrk.format("POST", nil, wrk.headers,
                        '{"deviceId": ' .. devices[i] .. ', "newUserId": ' .. user .. '}')
                    end
                    """.formatted(devices, data.userId(100), data.userId(200));
        }
    }

    /** pgbench -S (point selects) on the same database: the database's own ceiling, transactions per second. */
    private static double pgbench(TestDatabase database) throws Exception {
        URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        String dbName = uri.getPath().substring(1);
        List<String> connection = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", database.user());
        run(concat(List.of("pgbench", "-i", "-q", "-s", "10"), connection, List.of(dbName)), database);
        String output = run(concat(List.of("pgbench", "-S", "-n", "-c", String.valueOf(CONNECTIONS), "-j", "2", "-T",
                String.valueOf(SECONDS)), connection, List.of(dbName)), database);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        assertThat(tps.find()).as(output).isTrue();
        return Double.parseDouble(tps.group(1));
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static String run(List<String> command, TestDatabase database) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (database.password() != null) {
            builder.environment().put("PGPASSWORD", database.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private String report(double startupSeconds, double restartSeconds, double seedSeconds, double pgbenchTps, long peakRssMiB)
            throws Exception {
        double ceiling = large.get("framework ceiling: token check, constant answer").requestsPerSecond();
        StringBuilder out = new StringBuilder();
        out.append("Measured %s on %s (%d cores), JVM mode with the shipped options (bootstrap/jvm.options) and its class-data archive, PostgreSQL 15 on 127.0.0.1, wrk on the\n"
                .formatted(LocalDate.now(), BenchReport.cpu(), Runtime.getRuntime().availableProcessors()));
        out.append("same machine (2 threads, %d connections, %d s per scenario, after a %d s warm-up). Dataset: 101\n"
                .formatted(CONNECTIONS, SECONDS, SECONDS));
        out.append("organizations (one holding half of the devices), 20 templates, 100,000 users, 100 tags; devices with a\n");
        out.append("metafield value and a timeline entry each, a third owned, half activated, a fifth tagged.\n\n");
        out.append("| scenario | req/s | share of ceiling | p50 ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|\n");
        large.forEach((name, r) -> out.append("| %s | %,.0f | %.0f%% | %.2f | %.2f | %d |\n".formatted(name,
                r.requestsPerSecond(), 100 * r.requestsPerSecond() / ceiling, r.p50Millis(), r.p99Millis(), r.non2xx())));
        out.append("| database ceiling: `pgbench -S`, %d clients | %,.0f tps | | | | |\n\n".formatted(CONNECTIONS, pgbenchTps));
        large.forEach((name, r) -> {
            if (!r.failure().isEmpty()) {
                out.append("First failed answer of \"%s\": `%s`\n\n".formatted(name, r.failure().replace("`", "'")));
            }
        });
        out.append("p99 at %,d devices against %,d devices (target: at most 2×):\n\n".formatted(DEVICES, SMALL));
        out.append("| scenario | p99 at %,d | p99 at %,d | ratio |\n|---|---|---|---|\n".formatted(SMALL, DEVICES));
        small.forEach((name, r) -> out.append("| %s | %.2f ms | %.2f ms | %.2f× |\n".formatted(name, r.p99Millis(),
                large.get(name).p99Millis(), large.get(name).p99Millis() / r.p99Millis())));
        out.append("\n| figure | value |\n|---|---|\n");
        out.append("| seeding %,d devices (set-based SQL, trigram indexes rebuilt after) | %.0f s |\n".formatted(DEVICES - SMALL, seedSeconds));
        out.append("| start-up to ready (empty database, migrations included) | %.1f s |\n".formatted(startupSeconds));
        out.append("| start-up to ready again (schema current, 1,000,000 devices) | %.1f s |\n".formatted(restartSeconds));
        out.append("| peak RSS of the service over the whole run (VmHWM) | %d MiB |\n".formatted(peakRssMiB));
        out.append("| GC pauses over the whole run: count, total, longest | %s |\n".formatted(gcPauses()));
        return out.toString();
    }

    /** The pauses -Xlog:gc wrote ("... Pause Young (Allocation Failure) 71M->47M(86M) 3.634ms"). */
    private static String gcPauses() throws Exception {
        Matcher pause = Pattern.compile("Pause .* ([0-9.]+)ms").matcher(Files.readString(GC_LOG));
        int count = 0;
        double total = 0;
        double longest = 0;
        while (pause.find()) {
            double millis = Double.parseDouble(pause.group(1));
            count++;
            total += millis;
            longest = Math.max(longest, millis);
        }
        return "%,d, %.1f s, %.0f ms".formatted(count, total / 1000, longest);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
