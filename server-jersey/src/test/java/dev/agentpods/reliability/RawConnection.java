package dev.agentpods.reliability;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One TCP connection to the server on which the test writes HTTP/1.1 by hand, so that it can
 * misbehave as no HTTP client library would: stop in the middle of a body, read half an answer,
 * send a byte at a time, or never read at all.
 */
final class RawConnection implements Closeable {

  private final Socket socket;

  private RawConnection(Socket socket) {
    this.socket = socket;
  }

  static RawConnection open(URI server) throws IOException {
    return open(server, 0);
  }

  /** With a receive buffer of {@code receiveBuffer} bytes (0: the system's), set before connecting. */
  static RawConnection open(URI server, int receiveBuffer) throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
    socket.setSoTimeout(10_000);
    return new RawConnection(socket);
  }

  /** A request head; {@code contentLength} below 0 sends none. */
  static String head(String method, String path, String token, long contentLength) {
    return method + " " + path + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n"
        + "Authorization: Bearer " + token + "\r\n"
        + (contentLength >= 0
            ? "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n" : "")
        + "\r\n";
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /** Reads at least {@code count} bytes of the answer, or all of it if shorter. */
  byte[] readSome(int count) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[Math.min(count, 8192)];
    while (read.size() < count) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      read.write(buffer, 0, n);
    }
    return read.toByteArray();
  }

  /** The status code of the answer, read from its status line. */
  int readStatus() throws IOException {
    String start = new String(readSome(12), StandardCharsets.ISO_8859_1);
    if (!start.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP answer: " + start);
    }
    return Integer.parseInt(start.substring(9, 12));
  }

  /** Says the request is over (a FIN), while still listening for the answer. */
  void shutdownOutput() throws IOException {
    socket.shutdownOutput();
  }

  /** The answer's status line, or that the server closed the connection without one. */
  String readAnswer() throws IOException {
    String start = new String(readSome(12), StandardCharsets.ISO_8859_1);
    return start.isEmpty() ? "closed without an answer" : start;
  }

  /** Ends the connection with a reset rather than an orderly close, as a crashed client does. */
  void abort() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
