import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The machine's HTTP ceiling for bench/run: the JDK's own server answering a fixed ~300-byte JSON
 * object. Start it with -Dsun.net.httpserver.nodelay=true, or Nagle's algorithm stalls each reply
 * by some 40 ms and it measures nothing. Usage: java -Dsun.net.httpserver.nodelay=true
 * Ceiling.java PORT
 */
public final class Ceiling {
  private static final byte[] BODY =
      ("{\"data\":{\"ID\":\"10000000000000000000000000000042\",\"name\":\"Anna Smith\","
              + "\"objCode\":\"USER\",\"firstName\":\"Anna\",\"lastName\":\"Smith\","
              + "\"username\":\"bench42@example.com\",\"emailAddr\":\"bench42@example.com\","
              + "\"isActive\":true,\"title\":\"Engineer\",\"homeGroupID\":"
              + "\"50000000000000000000000000000043\",\"entryDate\":\"2026-01-05T09:00:00:000+0000\"}}")
          .getBytes(StandardCharsets.US_ASCII);

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
          exchange.sendResponseHeaders(200, BODY.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(BODY);
          }
        });
    server.setExecutor(Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    server.start();
    System.out.println("ceiling listening on " + args[0] + " with " + BODY.length + " bytes");
  }
}
