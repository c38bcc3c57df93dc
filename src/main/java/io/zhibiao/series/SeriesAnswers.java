package io.zhibiao.series;

import java.time.LocalDate;

import io.zhibiao.extract.Kind;
import io.zhibiao.system.Inputs;
import io.zhibiao.system.Inputs.DayForms;
import io.zhibiao.system.ProblemException;
import io.zhibiao.system.http.AnswerEtags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Series answers, one place for them: {@link SeriesResource} answers GET /api/series with them, and the change
 * stream (io.zhibiao.feed) announces the ETags of the same answers, computed by the same code from the same bytes.
 */
@ApplicationScoped
public class SeriesAnswers {

    @Inject
    Lookups lookups;
    @Inject
    SeriesQueries queries;
    @Inject
    ApiLimits limits;
    @Inject
    AnswerEtags etags;

    /** What GET /api/series answers: a {@link SeriesAnswer}, or with format=jsonstat a {@link JsonStatDataset}. */
    public Object answer(SeriesRequest request) {
        var ind = lookups.indicator(request.indicator());
        String breakdown = BreakdownParam.key(request.breakdown());
        var regions = lookups.regions("region", request.region(), limits.maxRegions());
        LocalDate fromDay = Inputs.day("from", request.from(), DayForms.YEAR_OR_DATE, false, Inputs.FIRST_QUERY_DAY,
                Inputs.LAST_QUERY_DAY);
        LocalDate toDay = Inputs.day("to", request.to(), DayForms.YEAR_OR_DATE, true, Inputs.FIRST_QUERY_DAY,
                Inputs.LAST_QUERY_DAY);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.badRequest("Parameter 'to' (" + request.to() + ") is before 'from' (" + request.from() + ")");
        }
        Units transform = Units.parse(request.units(), ind.unitClass());
        boolean jsonStat = JsonStatDataset.FORMAT.equals(request.format());
        // A JSON-stat cube has one value per indicator, region and time: one kind, actual unless asked.
        Kind k = request.kind() == null ? (jsonStat ? Kind.ACTUAL : null) : Params.kind(request.kind(), null);
        SeriesAnswer answer = queries.series(ind, breakdown, regions, fromDay, toDay, k, Selection.periodType(request.periodType()),
                transform, Selection.asOf(request.asOf()));
        return jsonStat ? JsonStatDataset.of(answer, k) : answer;
    }

    /** The ETags a GET of this request's JSON carries now (plain and gzipped). */
    public AnswerEtags.Json etags(SeriesRequest request) {
        return etags.of(answer(request));
    }
}
