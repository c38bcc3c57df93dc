package io.zhibiao.series;

import static io.zhibiao.series.Tables.R;
import static io.zhibiao.series.Tables.R_CODE;
import static io.zhibiao.series.Tables.R_LEVEL;
import static io.zhibiao.series.Tables.R_NAME;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Records;

import io.zhibiao.indicators.Indicator;
import io.zhibiao.indicators.Indicators;
import io.zhibiao.regions.Level;
import io.zhibiao.regions.RegionCodes;
import io.zhibiao.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the indicator and region parameters of a request, answering 400 for unknown codes. */
@ApplicationScoped
class Lookups {

    /** A region as a parameter names it, with its level. */
    record NamedRegion(String code, String name, Level level) {
        RegionRef ref() {
            return new RegionRef(code, name);
        }
    }

    @Inject
    Indicators indicators;
    @Inject
    DSLContext dsl;

    Indicator indicator(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("Parameter 'indicator' is required (see /api/indicators)");
        }
        return indicators.find(code).orElseThrow(() -> ProblemException.badRequest(
                "Parameter 'indicator': no indicator has the code '" + code + "' (see /api/indicators)"));
    }

    NamedRegion region(String parameter, String code) {
        return regions(parameter, code, 1).get(0);
    }

    /** The 'parent' parameter's region, checked to lie above the level asked for under it. */
    NamedRegion parentAbove(String code, Level level) {
        NamedRegion parent = region("parent", code);
        Params.requireBelow(parent.level(), parent.code(), level);
        return parent;
    }

    /** A comma-separated list of codes, in the order given, without repeats. */
    List<NamedRegion> regions(String parameter, String codes, int max) {
        if (codes == null || codes.isBlank()) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' is required: 6-digit region codes, comma-separated");
        }
        var wanted = new LinkedHashSet<String>();
        for (String code : codes.split(",", -1)) { // -1: ",,," is four empty codes, each refused
            RegionCodes.requireWellFormed(parameter, code.trim());
            wanted.add(code.trim());
        }
        if (wanted.size() > max) {
            throw ProblemException.badRequest("Parameter '" + parameter + "' names " + wanted.size() + " regions; at most "
                    + max + " per call (zhibiao.api.max-regions)");
        }
        Map<String, NamedRegion> found = dsl.select(R_CODE, R_NAME, R_LEVEL).from(R).where(R_CODE.in(wanted))
                .fetch(Records.mapping(NamedRegion::new)).stream()
                .collect(Collectors.toMap(NamedRegion::code, Function.identity()));
        var unknown = wanted.stream().filter(code -> !found.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("Parameter '" + parameter + "': no region has the code "
                    + String.join(", ", unknown));
        }
        return wanted.stream().map(found::get).toList();
    }
}
