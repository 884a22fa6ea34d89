package io.tasklane.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One user of the {@link World} as the test created it: the source of every expected answer, so
 * expectations never come from the server under test.
 */
record Person(
    String label,
    String id,
    String name,
    String title,
    String city,
    Double fte,
    Double workTime,
    BigDecimal billingPerHour,
    Boolean logTimeInDays,
    String managerId,
    String homeGroupId,
    String homeTeamId,
    String roleId,
    Instant entryDate,
    boolean active,
    List<String> teamIds,
    List<String> groupIds,
    List<String> roleIds) {}
