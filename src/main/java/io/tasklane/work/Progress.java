package io.tasklane.work;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.WriteContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Keeps a task's or issue's status and percentComplete consistent, as Workfront does: complete (or
 * a status equating with CPL) means 100 %, 100 % means complete, progress in between means in
 * progress; actual start and completion dates follow. Statuses are checked against the customer's
 * CSTEM statuses.
 */
final class Progress {
  private Progress() {}

  static void apply(WriteContext ctx, Draft d, String enumClass) {
    boolean statusGiven = d.changes("status") && d.get("status") != null;
    boolean percentGiven = d.changes("percentComplete") && d.get("percentComplete") != null;
    if (d.get("status") == null) {
      d.set("status", Statuses.NEW);
    }
    d.set("status", d.get("status").toString().toUpperCase(Locale.ROOT));
    double percent = percent(d);
    String code = d.type().code();
    if (percent < 0 || percent > 100) {
      throw ApiException.badRequest(
          "percentComplete of " + code + " must be between 0 and 100, not " + percent + ".");
    }
    String base = Statuses.base(ctx, enumClass, code, d.get("status").toString());
    if (statusGiven && !percentGiven) {
      if (base.equals(Statuses.COMPLETE)) {
        d.set("percentComplete", 100.0);
      } else if (base.equals(Statuses.NEW) || percent >= 100) {
        d.set("percentComplete", 0.0);
      }
    } else if (percentGiven && !statusGiven) {
      String wanted =
          percent >= 100 ? Statuses.COMPLETE : percent > 0 ? Statuses.IN_PROGRESS : Statuses.NEW;
      if (!wanted.equals(base)) {
        d.set("status", wanted);
        base = wanted;
      }
    } else if (percentGiven && base.equals(Statuses.COMPLETE) != (percent >= 100)) {
      throw ApiException.rule(
          code
              + " status "
              + d.get("status")
              + " and percentComplete "
              + percent
              + " disagree: complete means 100.");
    }
    if (d.get("percentComplete") == null) {
      d.set("percentComplete", base.equals(Statuses.COMPLETE) ? 100.0 : 0.0);
    }
    dates(ctx, d, base);
  }

  private static void dates(WriteContext ctx, Draft d, String base) {
    OffsetDateTime now = ctx.now().atOffset(ZoneOffset.UTC);
    boolean started = !base.equals(Statuses.NEW);
    if (d.type().field("actualStartDate").isPresent()
        && started
        && d.get("actualStartDate") == null) {
      d.set("actualStartDate", now);
    }
    if (base.equals(Statuses.COMPLETE)) {
      if (d.get("actualCompletionDate") == null) {
        d.set("actualCompletionDate", now);
      }
    } else if (d.get("actualCompletionDate") != null && d.changes("status")) {
      d.set("actualCompletionDate", null);
    }
  }

  static double percent(Draft d) {
    Object p = d.get("percentComplete");
    return p instanceof Number n ? n.doubleValue() : 0;
  }
}
