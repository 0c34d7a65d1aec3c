package dev.agentpods.server.http;

import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A client that goes away while its answer is being written (it closed the connection, or it
 * reset it) is no failure of the server: the request was done, only its answer has nowhere to
 * go. Without this, Jersey logs the write's {@link IOException} as a SEVERE error with a stack
 * trace for every such client, which buries the real failures.
 */
final class ClientGoneInterceptor implements WriterInterceptor {

  private static final Logger LOG = Logger.getLogger(ClientGoneInterceptor.class.getName());

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) {
    try {
      context.proceed();
    } catch (IOException gone) {
      LOG.log(Level.FINE, "the client left before its answer was written: {0}", gone.toString());
    }
  }
}
