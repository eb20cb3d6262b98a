package dev.devices.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs many calls at once on a pool of threads, for the tests of races. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs {@code calls} calls made by {@code call} on {@code threads} threads; how many answered true. */
    public static long countTrue(int calls, int threads, IntFunction<Callable<Boolean>> call) throws Exception {
        List<Callable<Boolean>> all = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            all.add(call.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long yes = 0;
            for (Future<Boolean> answer : pool.invokeAll(all)) {
                yes += answer.get() ? 1 : 0;
            }
            return yes;
        } finally {
            pool.shutdown();
        }
    }
}
