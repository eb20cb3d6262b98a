package dev.devices.adapter.devicemqtt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread working through a bounded queue of messages in order. A device's messages always go to
 * the same lane, so they are stored in the order they arrived.
 */
final class Lane {

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private volatile boolean running = true;

    Lane(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the work if there is room; false when the lane is full. */
    boolean offer(Runnable work) {
        return queue.offer(work);
    }

    /** Queues the work, waiting for room: back-pressure on whoever delivers. */
    void put(Runnable work) throws InterruptedException {
        queue.put(work);
    }

    /** Drops the work not started yet (its messages stay unacknowledged); the one running finishes. */
    void discardQueued() {
        queue.clear();
    }

    /** Lets queued work finish for up to {@code millis}, then stops the thread. */
    void drainAndStop(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!queue.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        running = false;
        thread.interrupt();
        thread.join(Math.max(1, deadline - System.currentTimeMillis()));
    }

    boolean running() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                Runnable next = queue.poll(200, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }
}
