package io.zhibiao.feed;

import static org.jooq.impl.DSL.val;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import io.smallrye.common.annotation.Identifier;
import io.zhibiao.system.ProblemException;
import io.zhibiao.changes.Change;
import io.zhibiao.changes.ChangeEpoch;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.SeriesKey;
import io.zhibiao.extract.Breakdowns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the change log. Always on the primary: a cursor handed out by one replica must be good on every
 * other, and a stream's replay must not miss rows a read replica has not received yet.
 */
@ApplicationScoped
class ChangeFeed {

    /** A cursor as handed out: the epoch of the change log (io.zhibiao.changes.ChangeEpoch) and a change id. */
    private static final Pattern CURSOR = Pattern.compile("([0-9a-f]{8})\\.([0-9]{1,18})");
    /** A cursor from before epochs (a plain change id): good only in the first epoch, before any rewind. */
    private static final Pattern PLAIN_CURSOR = Pattern.compile("[0-9]{1,18}");

    // The newest cursor and the highest deleted one. When every change was old enough to delete, the log is
    // empty and the newest cursor is the last deleted one, not 0: a client at it has missed nothing.
    private static final String CURSORS = """
            SELECT greatest((SELECT coalesce(max(id), 0) FROM series_change), up_to) AS newest, up_to
            FROM series_change_pruned""";

    // Per series, the latest change among the first {1} after {0}, oldest first.
    private static final String CHANGED_SERIES = """
            SELECT indicator_code, region_code, period_type, breakdown, max(id) AS version,
                   array_agg(DISTINCT reason ORDER BY reason) AS reasons
            FROM (SELECT * FROM series_change WHERE id > {0} ORDER BY id LIMIT {1}) page
            GROUP BY indicator_code, region_code, period_type, breakdown
            ORDER BY version""";

    private static final String ANY_AFTER = "SELECT EXISTS (SELECT 1 FROM series_change WHERE id > {0})";

    private static final String ROWS = """
            SELECT id, indicator_code, region_code, period_type, breakdown, reason, document_id
            FROM series_change WHERE id > {0} AND id <= {1} ORDER BY id LIMIT {2}""";

    @Inject
    @Identifier("primary")
    DSLContext dsl;
    @Inject
    ChangeEpoch epochs;

    /** The change log as a request finds it: newest id, highest pruned id, and the epoch (checked for a rewind). */
    private record Log(long newest, long prunedUpTo, ChangeEpoch.Epoch epoch) {
    }

    private Log log() {
        return dsl.connectionResult(c -> {
            var cursors = DSL.using(c).resultQuery(CURSORS).fetchOne();
            long newest = cursors.get(0, Long.class);
            return new Log(newest, cursors.get(1, Long.class), epochs.check(c, newest));
        });
    }

    /** The cursor of a change id in the current epoch, as clients get it. */
    String cursor(long id) {
        return epochs.current().name() + "." + id;
    }

    /** The cursor of the newest committed change (the last deleted one once pruning emptied the log); id 0 before the first. */
    String current() {
        Log log = log();
        epochs.saw(log.newest());
        return log.epoch().name() + "." + log.newest();
    }

    /** The newest change id (checking the epoch), for the stream's start. */
    long newestId() {
        return log().newest();
    }

    /** Where a client's cursor puts it: a change id of the current epoch, or a history that is gone (a rewind). */
    record Position(long id, boolean otherEpoch) {
    }

    /**
     * A cursor as a client sends it: what this service handed out, no later than the newest change. Cursors are
     * opaque to clients; here they are "epoch.id". One of another epoch (the database was restored to an earlier
     * state since) is {@link Position#otherEpoch}; so is a plain id (from before epochs) once a rewind happened.
     */
    Position parse(String parameter, String cursor) {
        var matcher = cursor == null ? null : CURSOR.matcher(cursor);
        boolean full = matcher != null && matcher.matches();
        if (!full && (cursor == null || !PLAIN_CURSOR.matcher(cursor).matches())) {
            throw ProblemException.badRequest(parameter + " must be a cursor this service handed out (from /api/changes "
                    + "or an event id of /api/stream), not '" + cursor + "'");
        }
        long id = Long.parseLong(full ? matcher.group(2) : cursor);
        Log log = log();
        if (full ? !matcher.group(1).equals(log.epoch().name()) : log.epoch().generation() > 0) {
            return new Position(id, true);
        }
        if (id > log.newest()) {
            throw ProblemException.badRequest(parameter + ": no change has the cursor '" + cursor + "'; the newest is '"
                    + log.epoch().name() + "." + log.newest() + "'");
        }
        if (id < log.prunedUpTo()) {
            throw new ProblemException(410, "Gone", parameter + ": the changes after the cursor '" + cursor + "' up to '"
                    + log.epoch().name() + "." + log.prunedUpTo() + "' were deleted (the change log keeps "
                    + "zhibiao.changes.keep); read again what you show and go on from the current cursor (GET "
                    + "/api/changes without 'since')");
        }
        epochs.saw(id);
        return new Position(id, false);
    }

    /** The 410 of a cursor from a history that is gone: the database was restored to an earlier state. */
    ProblemException otherEpoch(String parameter, String cursor) {
        return new ProblemException(410, "Gone", parameter + ": the cursor '" + cursor + "' is of an earlier epoch of "
                + "the change log: the database was restored to an earlier state since (now epoch '"
                + epochs.current().name() + "'), so its changes after that cursor may never have happened here. Resync: "
                + "read again everything you show, then go on from the current cursor (GET /api/changes without 'since')");
    }

    /** The series changed after {@code since}, reading at most {@code limit} change rows. */
    ChangesAnswer since(long since, int limit) {
        List<ChangedSeries> changed = dsl.resultQuery(CHANGED_SERIES, val(since), val(limit))
                .fetch(r -> new ChangedSeries(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        Breakdowns.of(r.get(3, String.class)), cursor(r.get(4, Long.class)), r.get(4, Long.class),
                        Arrays.stream(r.get(5, String[].class)).map(ChangeReason::of).toList()));
        long cursor = changed.stream().mapToLong(ChangedSeries::id).max().orElse(since);
        boolean more = !changed.isEmpty() && dsl.resultQuery(ANY_AFTER, val(cursor)).fetchOne(0, Boolean.class);
        epochs.saw(cursor);
        return new ChangesAnswer(cursor(cursor), more, changed);
    }

    /** The change rows after {@code after} up to and including {@code upTo}, oldest first, at most {@code limit}. */
    List<Change> between(long after, long upTo, int limit) {
        return dsl.resultQuery(ROWS, val(after), val(upTo), val(limit))
                .fetch(r -> new Change(r.get(0, Long.class), new SeriesKey(r.get(1, String.class),
                        r.get(2, String.class), r.get(3, String.class), r.get(4, String.class)),
                        ChangeReason.of(r.get(5, String.class)), r.get(6, Long.class)));
    }
}
