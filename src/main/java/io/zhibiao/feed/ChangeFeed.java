package io.zhibiao.feed;

import static org.jooq.impl.DSL.val;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jooq.DSLContext;

import io.smallrye.common.annotation.Identifier;
import io.zhibiao.system.ProblemException;
import io.zhibiao.changes.Change;
import io.zhibiao.changes.ChangeReason;
import io.zhibiao.changes.SeriesKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the change log. Always on the primary: a cursor handed out by one replica must be good on every
 * other, and a stream's replay must not miss rows a read replica has not received yet.
 */
@ApplicationScoped
class ChangeFeed {

    private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");

    // The newest cursor and the highest deleted one. When every change was old enough to delete, the log is
    // empty and the newest cursor is the last deleted one, not 0: a client at it has missed nothing.
    private static final String CURSORS = """
            SELECT greatest((SELECT coalesce(max(id), 0) FROM series_change), up_to) AS newest, up_to
            FROM series_change_pruned""";

    // Per series, the latest change among the first {1} after {0}, oldest first.
    private static final String CHANGED_SERIES = """
            SELECT indicator_code, region_code, period_type, max(id) AS version,
                   array_agg(DISTINCT reason ORDER BY reason) AS reasons
            FROM (SELECT * FROM series_change WHERE id > {0} ORDER BY id LIMIT {1}) page
            GROUP BY indicator_code, region_code, period_type
            ORDER BY version""";

    private static final String ANY_AFTER = "SELECT EXISTS (SELECT 1 FROM series_change WHERE id > {0})";

    private static final String ROWS = """
            SELECT id, indicator_code, region_code, period_type, reason, document_id
            FROM series_change WHERE id > {0} AND id <= {1} ORDER BY id LIMIT {2}""";

    private final DSLContext dsl;

    ChangeFeed(@Identifier("primary") DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The cursor of the newest committed change (the last deleted one once pruning emptied the log); 0 before the first. */
    long current() {
        return dsl.resultQuery(CURSORS).fetchOne(0, Long.class);
    }

    /**
     * A cursor as a client sends it: what this service handed out, no later than the newest change. Cursors are
     * opaque to clients; here they are change ids.
     */
    long parse(String parameter, String cursor) {
        if (cursor == null || !CURSOR.matcher(cursor).matches()) {
            throw ProblemException.badRequest(parameter + " must be a cursor this service handed out (from /api/changes "
                    + "or an event id of /api/stream), not '" + cursor + "'");
        }
        long id = Long.parseLong(cursor);
        var cursors = dsl.resultQuery(CURSORS).fetchOne();
        long newest = cursors.get(0, Long.class);
        long prunedUpTo = cursors.get(1, Long.class);
        if (id > newest) {
            throw ProblemException.badRequest(parameter + ": no change has the cursor '" + cursor + "'; the newest is '"
                    + newest + "'");
        }
        if (id < prunedUpTo) {
            throw new ProblemException(410, "Gone", parameter + ": the changes after the cursor '" + cursor + "' up to '"
                    + prunedUpTo + "' were deleted (the change log keeps zhibiao.changes.keep); read again what you show "
                    + "and go on from the current cursor (GET /api/changes without 'since')");
        }
        return id;
    }

    /** The series changed after {@code since}, reading at most {@code limit} change rows. */
    ChangesAnswer since(long since, int limit) {
        List<ChangedSeries> changed = dsl.resultQuery(CHANGED_SERIES, val(since), val(limit))
                .fetch(r -> new ChangedSeries(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        Long.toString(r.get(3, Long.class)),
                        Arrays.stream(r.get(4, String[].class)).map(ChangeReason::of).toList()));
        long cursor = changed.stream().mapToLong(c -> Long.parseLong(c.version())).max().orElse(since);
        boolean more = !changed.isEmpty() && dsl.resultQuery(ANY_AFTER, val(cursor)).fetchOne(0, Boolean.class);
        return new ChangesAnswer(Long.toString(cursor), more, changed);
    }

    /** The change rows after {@code after} up to and including {@code upTo}, oldest first, at most {@code limit}. */
    List<Change> between(long after, long upTo, int limit) {
        return dsl.resultQuery(ROWS, val(after), val(upTo), val(limit))
                .fetch(r -> new Change(r.get(0, Long.class),
                        new SeriesKey(r.get(1, String.class), r.get(2, String.class), r.get(3, String.class)),
                        ChangeReason.of(r.get(4, String.class)), r.get(5, Long.class)));
    }
}
