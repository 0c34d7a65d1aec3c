package dev.agentpods.bench.throughput;

import dev.agentpods.bench.measure.LatencySamples;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A closed-loop load generator: {@code connections} virtual users, each a thread with an OkHttp
 * client of its own (so one keep-alive connection each), send requests back to back, each the
 * moment the previous answer is read, for a warm-up and then a measured time. Every request
 * started in the measured window is timed alone with {@link System#nanoTime()} into its user's
 * own samples, which are pooled at the end; nothing is shared between the users while they run
 * but the clock.
 *
 * <p>OkHttp rather than {@code java.net.http}: its blocking call runs on the user's own thread,
 * where the JDK client's {@code send} hands each exchange to its executor and selector threads,
 * more context switches per request on a machine whose cores the server shares.
 */
public final class LoadGenerator {

  private LoadGenerator() {}

  /**
   * Puts {@code target} under load and returns what the measured window saw.
   *
   * @throws IllegalStateException if any answer is not the expected status, or a request fails
   */
  public static LoadResult run(LoadTarget target, int connections, Duration warmUp, Duration measured) {
    if (connections < 1 || warmUp.isNegative() || measured.isZero() || measured.isNegative()) {
      throw new IllegalArgumentException("connections >= 1, warm-up >= 0 and measured > 0 expected");
    }
    List<OkHttpClient> clients = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      clients.add(new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))
          .followRedirects(false)
          .build());
    }
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<LatencySamples> samples = new ArrayList<>();
    List<Thread> users = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(connections);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    for (int i = 0; i < connections; i++) {
      OkHttpClient client = clients.get(i);
      LatencySamples own = new LatencySamples(64 * 1024);
      samples.add(own);
      Thread user = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
          loop(client, target, window[0], window[1], own, failure);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "load-" + i);
      user.setDaemon(true);
      users.add(user);
      user.start();
    }
    try {
      ready.await();
      long start = System.nanoTime();
      window[0] = start + warmUp.toNanos();
      window[1] = window[0] + measured.toNanos();
      go.countDown();
      for (Thread user : users) {
        user.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the load ran", e);
    } finally {
      for (OkHttpClient client : clients) {
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException(target.name() + " under " + connections + " connections failed",
          failure.get());
    }
    return new LoadResult(connections, LatencySamples.pooled(samples), measured.toNanos());
  }

  /** One user: requests back to back until the window closes, or another user failed. */
  private static void loop(OkHttpClient client, LoadTarget target, long measureFrom, long measureTo,
      LatencySamples own, AtomicReference<RuntimeException> failure) {
    while (failure.get() == null) {
      Request request = target.requests().get();
      long start = System.nanoTime();
      if (start >= measureTo) {
        return;
      }
      send(client, request, target.expectedStatus());
      long end = System.nanoTime();
      if (start >= measureFrom) {
        own.record(end - start);
      }
    }
  }

  /** Sends one request and reads its answer to the end, as a client that used it would. */
  private static void send(OkHttpClient client, Request request, int expectedStatus) {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      byte[] bytes = body == null ? new byte[0] : body.bytes();
      if (response.code() != expectedStatus || bytes.length == 0) {
        throw new IllegalStateException(request.method() + " " + request.url().encodedPath()
            + " answered " + response.code() + " with " + bytes.length + " bytes, "
            + expectedStatus + " with a body expected");
      }
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.url().encodedPath() + " failed", e);
    }
  }
}
