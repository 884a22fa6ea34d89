package io.tasklane.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasklane.api.ApiCall;
import io.tasklane.api.ApiPaths;
import io.tasklane.api.ApiResult;
import io.tasklane.api.Dispatcher;
import io.tasklane.api.ErrorBody;
import io.tasklane.api.FileBody;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.common.Ids;
import io.tasklane.store.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: {@code /attask/...} for the API, {@code /health} and {@code /metrics}. Responses
 * carry {@code X-Tasklane-Statements}, the number of SQL statements the request ran.
 */
public final class HttpServer {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final String JSON = "application/json;charset=UTF-8";
  public static final String STATEMENTS_HEADER = "X-Tasklane-Statements";

  /** Room for multipart headers and small fields besides the file itself. */
  private static final long MULTIPART_OVERHEAD = 1024 * 1024;

  private final HttpSettings settings;
  private final Dispatcher dispatcher;
  private final RequestReader reader;
  private final PrometheusMeterRegistry metrics;
  private final BooleanSupplier healthy;
  private final Javalin app;

  public HttpServer(
      HttpSettings settings,
      Dispatcher dispatcher,
      PrometheusMeterRegistry metrics,
      BooleanSupplier healthy) {
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.reader = new RequestReader(settings);
    this.metrics = metrics;
    this.healthy = healthy;
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.concurrency.useVirtualThreads = Runtime.version().feature() >= 21;
              config.http.maxRequestSize = settings.maxBodyBytes() + 1;
              config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(
                  settings.maxUploadBytes() + MULTIPART_OVERHEAD, SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
              config.jetty.multipartConfig.cacheDirectory(settings.spillDirectory().toString());
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              config.jetty.modifyHttpConfiguration(
                  http -> {
                    // Room for our own 414 at the Workfront limit, instead of Jetty's bare 431.
                    http.setRequestHeaderSize(Math.max(64 * 1024, settings.maxUriBytes() * 2));
                    http.setSendServerVersion(false);
                    http.setUriCompliance(org.eclipse.jetty.http.UriCompliance.LEGACY);
                  });
              config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
              config.routes.get("/health", this::health);
              config.routes.get("/metrics", this::metrics);
              for (HandlerType verb :
                  List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)) {
                config.routes.addHttpHandler(verb, "/attask/*", this::api);
                config.routes.addHttpHandler(verb, "/*", this::notFound);
              }
              config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, e));
            });
  }

  /** Starts listening; returns the bound port (useful with port 0). */
  public int start() {
    app.start();
    return app.port();
  }

  /** Stops accepting requests and lets running ones finish. */
  public void stop() {
    app.stop();
  }

  private void api(Context ctx) {
    int[] statements = StatementCounter.start();
    Timer.Sample sample = Timer.start(metrics);
    String outcome = "error";
    try {
      Optional<ApiPaths.Parsed> path = ApiPaths.parse(ctx.path());
      if (path.isEmpty()) {
        throw ApiException.notFound("No API at " + ctx.path() + ".");
      }
      ApiCall call = reader.read(ctx, path.get());
      ApiResult result = dispatcher.handle(call);
      result.cookies().forEach((name, value) -> cookie(ctx, name, value));
      ctx.header(STATEMENTS_HEADER, Integer.toString(statements[0]));
      if (result.file().isPresent()) {
        send(ctx, result.file().get());
      } else {
        write(ctx, 200, Map.of("data", wrap(result.data())));
      }
      outcome = "ok";
    } catch (Exception e) {
      ctx.header(STATEMENTS_HEADER, Integer.toString(statements[0]));
      fail(ctx, e);
    } finally {
      StatementCounter.stop();
      sample.stop(metrics.timer("tasklane.api.requests", "outcome", outcome));
    }
  }

  /** A stored file as it is, named for the browser's save dialogue. */
  private static void send(Context ctx, FileBody file) throws java.io.IOException {
    String ascii = file.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
    String encoded =
        java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    ctx.status(200)
        .contentType(file.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("Content-Length", Long.toString(file.size()));
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file.path())) {
      in.transferTo(ctx.outputStream());
    }
  }

  private static Object wrap(Object data) {
    return data == null ? Map.of() : data;
  }

  private void notFound(Context ctx) {
    fail(
        ctx,
        ApiException.notFound(
            "No resource at " + ctx.path() + "; the API lives under /attask/api."));
  }

  private void health(Context ctx) {
    boolean up = healthy.getAsBoolean();
    write(ctx, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private static void fail(Context ctx, Exception e) {
    ApiException api = e instanceof ApiException a ? a : null;
    if (api == null) {
      String id = Ids.randomHex(8);
      LOG.error("unexpected failure {} on {} {}", id, ctx.method(), ctx.path(), e);
      api = new ApiException(ErrorCode.INTERNAL, "Internal error; reference " + id + ".");
    }
    if (api.code() == ErrorCode.TOO_MANY_REQUESTS && !api.attributes().isEmpty()) {
      ctx.header("Retry-After", api.attributes().get(0));
    }
    write(ctx, api.code().status(), Map.of("error", ErrorBody.of(api)));
  }

  private static void write(Context ctx, int status, Object body) {
    AsciiChunks json = JsonOutput.bytes(body);
    ctx.status(status).contentType(JSON);
    if (ctx.header("Accept-Encoding") != null) {
      ctx.result(json.toByteArray()); // Javalin compresses it if the client takes gzip
      return;
    }
    // Nothing to compress for: straight to the connection, without Javalin's copy of the result
    // through an input stream (8 % of the server's CPU on a GET by ID, bench/run).
    ctx.res().setContentLength(json.length());
    try {
      json.writeTo(ctx.res().getOutputStream());
    } catch (java.io.IOException e) {
      // The client went away (wrk closing its connections, a browser tab closed): no one is left
      // to tell, and it is not the server's failure.
      LOG.debug("reply to {} {} not delivered: {}", ctx.method(), ctx.path(), e.toString());
    }
  }

  private static void cookie(Context ctx, String name, String value) {
    String attrs = "; Path=/; HttpOnly; SameSite=Lax";
    ctx.res()
        .addHeader(
            "Set-Cookie",
            value.isEmpty() ? name + "=" + attrs + "; Max-Age=0" : name + "=" + value + attrs);
  }
}
