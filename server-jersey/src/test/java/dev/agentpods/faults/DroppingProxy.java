package dev.agentpods.faults;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 proxy in front of a real server that loses the answers to the first
 * requests it is told to: it forwards each request, lets the server act on it, and then closes
 * the caller's connection without a byte of the response. That is the failure an idempotency key
 * exists for: the call did happen, the caller cannot know.
 *
 * <p>One request per connection ({@code Connection: close} both ways), so every attempt of a
 * client is a new connection the proxy can count. Bounded: it serves until closed, on 127.0.0.1
 * only, with a few daemon threads.
 */
public final class DroppingProxy implements Closeable {

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final AtomicInteger drops;
  private final AtomicInteger forwarded = new AtomicInteger();
  private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
    Thread thread = new Thread(runnable, "dropping-proxy");
    thread.setDaemon(true);
    return thread;
  });

  /** A proxy to {@code upstream} (an {@code http://127.0.0.1:port} URI) that loses {@code drops} answers. */
  public DroppingProxy(URI upstream, int drops) throws IOException {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.drops = new AtomicInteger(drops);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** Where clients connect: {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** How many requests reached the server, answered or not. */
  public int forwarded() {
    return forwarded.get();
  }

  /** How many answers are still to be lost. */
  public int dropsLeft() {
    return Math.max(0, drops.get());
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client; Socket server = new Socket()) {
      client.setSoTimeout(10_000);
      byte[] request = readMessage(client.getInputStream(), true);
      if (request == null) {
        return;
      }
      server.connect(upstream, 5_000);
      server.setSoTimeout(10_000);
      server.getOutputStream().write(request);
      server.getOutputStream().flush();
      byte[] response = readMessage(server.getInputStream(), false);
      forwarded.incrementAndGet();
      if (drops.getAndDecrement() > 0) {
        return; // the server acted; the caller hears nothing
      }
      OutputStream out = client.getOutputStream();
      out.write(response);
      out.flush();
    } catch (IOException e) {
      // A caller that gave up, or a closed proxy: nothing to answer.
    }
  }

  /**
   * One HTTP/1.1 message, its {@code Connection} header replaced by {@code close}; {@code null}
   * when the stream ends before it starts.
   */
  private static byte[] readMessage(InputStream in, boolean request) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("the message ended in its head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    StringBuilder rewritten = new StringBuilder(lines[0]).append("\r\n");
    int length = 0;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
      if (name.equals("connection") || name.equals("keep-alive")) {
        continue;
      }
      if (name.equals("transfer-encoding") && request) {
        throw new IOException("chunked requests are not supported by this proxy");
      }
      if (name.equals("content-length")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
      }
      rewritten.append(line).append("\r\n");
    }
    rewritten.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
    // A request carries its length; the server closes after its answer, as asked, so an answer
    // (chunked or not) is everything until the end of the stream.
    message.write(request ? in.readNBytes(length) : in.readAllBytes());
    return message.toByteArray();
  }
}
