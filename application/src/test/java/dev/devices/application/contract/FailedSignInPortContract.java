package dev.devices.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Failures per key and window, read back exactly, also under concurrent recording. */
public abstract class FailedSignInPortContract extends PortContract {

    @Test
    void eachKeyAndWindowCountsOnItsOwn() {
        String client = "client:" + unique();
        String address = "address:" + unique();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        assertThat(failures(client, window)).isZero();
        assertThat(record(client, window)).isEqualTo(1);
        assertThat(record(client, window)).isEqualTo(2);
        assertThat(record(address, window)).isEqualTo(1);
        assertThat(failures(client, window)).isEqualTo(2);
        assertThat(failures(client, window + 60_000)).isZero();
    }

    @Test
    void concurrentFailuresAreCountedExactly() throws Exception {
        String key = "user:" + unique();
        long window = 60_000L * (System.currentTimeMillis() / 60_000L);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            done.add(pool.submit(() -> record(key, window)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(failures(key, window)).isEqualTo(100);
    }

    private long record(String key, long window) {
        return tx(() -> adapter().failedSignIns().recordFailure(key, window));
    }

    private long failures(String key, long window) {
        return tx(() -> adapter().failedSignIns().failures(key, window));
    }
}
