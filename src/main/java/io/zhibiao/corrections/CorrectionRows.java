package io.zhibiao.corrections;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.zhibiao.system.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The correction table (V220). Writes run in the writer's JPA transaction as native SQL through the EntityManager
 * (a review writes its row beside the observation it changes, and re-extraction settles the states beside the
 * figures it stores); reads are jOOQ plain-SQL templates whose optional filters are conditions.
 */
@ApplicationScoped
class CorrectionRows {

    /** A review of a document, as re-extraction needs it to find its figure again and apply it. */
    record Current(long id, int start, int end, String figureText, String derivedIndicator, String derivedBreakdown,
            Verdict verdict, Figure after) {
    }

    /** Where a review stands after a re-extraction; a null observation id keeps the one it had (its history's key). */
    record Settled(long id, Long observationId, CorrectionState state) {
    }

    /** A new review, before its row exists. */
    record NewReview(long observationId, int start, int end, String figureText, String derivedIndicator,
            String derivedBreakdown, Verdict verdict, String after, String changes, String note, String subject,
            String name, String region) {
    }

    private static final String INSERT = """
            INSERT INTO correction (document_id, start_offset, end_offset, figure_text, derived_indicator,
                                    derived_breakdown, observation_id, verdict, before, after, changes, note,
                                    editor_subject, editor_name, region_code)
            SELECT o.document_id, ?2, ?3, ?4, ?5, ?6, o.id, ?7, to_jsonb(o), CAST(?8 AS jsonb), CAST(?9 AS jsonb),
                   ?10, ?11, ?12, ?13
            FROM observation o WHERE o.id = ?1
            RETURNING id""";

    private static final String SETTLE = """
            UPDATE correction c SET observation_id = coalesce(s.observation_id, c.observation_id), state = s.state
            FROM unnest(CAST(?1 AS bigint[]), CAST(?2 AS bigint[]), CAST(?3 AS text[])) AS s(id, observation_id, state)
            WHERE c.id = s.id AND (coalesce(s.observation_id, c.observation_id) IS DISTINCT FROM c.observation_id
                                   OR c.state <> s.state)""";

    private static final String VIEW = """
            SELECT c.id, c.verdict, c.state, c.current, c.observation_id, c.document_id, d.title, d.published,
                   d.default_region, c.start_offset,
                   c.end_offset, c.figure_text, c.before ->> 'quote' AS quote, CAST(c.before AS text) AS before,
                   CAST(c.after AS text) AS after, CAST(c.changes AS text) AS changes, c.note, c.editor_subject,
                   c.editor_name, c.reviewed_at, count(*) OVER () AS total
            FROM correction c JOIN document d ON d.id = c.document_id
            WHERE {0}
            ORDER BY c.id
            LIMIT {1} OFFSET {2}""";

    @Inject
    EntityManager em;
    @Inject
    DSLContext dsl;

    /** The current review of this observation, locked until the transaction ends: [id, indicator, breakdown]. */
    Optional<Object[]> currentOf(long observationId) {
        List<?> rows = em.createNativeQuery("SELECT id, derived_indicator, derived_breakdown FROM correction "
                + "WHERE observation_id = ?1 AND current FOR UPDATE").setParameter(1, observationId).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r);
    }

    void supersede(long id) {
        em.createNativeQuery("UPDATE correction SET current = false WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Records a review; the observation row as it stands now is its 'before'. */
    long insert(NewReview r) {
        Object id = em.createNativeQuery(INSERT).setParameter(1, r.observationId()).setParameter(2, r.start())
                .setParameter(3, r.end()).setParameter(4, r.figureText()).setParameter(5, r.derivedIndicator())
                .setParameter(6, r.derivedBreakdown()).setParameter(7, r.verdict().code()).setParameter(8, r.after())
                .setParameter(9, r.changes()).setParameter(10, r.note()).setParameter(11, r.subject())
                .setParameter(12, r.name()).setParameter(13, r.region()).getSingleResult();
        return ((Number) id).longValue();
    }

    /** The text of a document (the number as written is read from it). */
    String text(long documentId) {
        return (String) em.createNativeQuery("SELECT text FROM document WHERE id = ?1").setParameter(1, documentId)
                .getSingleResult();
    }

    /** The current reviews of a document, in the order they were made. */
    List<Current> currentOfDocument(long documentId) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, start_offset, end_offset, figure_text, derived_indicator, derived_breakdown, verdict,
                       CAST(after AS text) FROM correction WHERE document_id = ?1 AND current ORDER BY id""")
                .setParameter(1, documentId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(c -> new Current(((Number) c[0]).longValue(),
                ((Number) c[1]).intValue(), ((Number) c[2]).intValue(), (String) c[3], (String) c[4], (String) c[5],
                Codes.find(Verdict.class, (String) c[6]).orElseThrow(),
                c[7] == null ? null : Figure.ofColumns(json((String) c[7])))).toList();
    }

    /** Writes where each review of a re-extracted document stands, in one statement. */
    void settle(List<Settled> settled) {
        if (settled.isEmpty()) {
            return;
        }
        em.createNativeQuery(SETTLE)
                .setParameter(1, settled.stream().map(Settled::id).toArray(Long[]::new))
                .setParameter(2, settled.stream().map(Settled::observationId).toArray(Long[]::new))
                .setParameter(3, settled.stream().map(s -> s.state().code()).toArray(String[]::new))
                .executeUpdate();
    }

    /** One review by id, as the API shows it (read in the writing transaction: through the EntityManager's rows). */
    List<CorrectionView> views(Condition where, int limit, long offset, long[] total) {
        var result = dsl.resultQuery(VIEW, where, inline(limit), inline(offset)).fetch();
        if (total != null) {
            total[0] = result.isEmpty() ? 0 : result.get(0).get("total", Long.class);
        }
        return result.map(CorrectionRows::view);
    }

    boolean observationExists(long id) {
        return dsl.fetchExists(dsl.selectOne().from(org.jooq.impl.DSL.table(name("observation")))
                .where(field(name("observation", "id"), Long.class).eq(id)));
    }

    static Condition current() {
        return field(name("c", "current"), Boolean.class).isTrue();
    }

    static Condition id(long id) {
        return field(name("c", "id"), Long.class).eq(id);
    }

    static Condition state(CorrectionState state) {
        return field(name("c", "state"), String.class).eq(state.code());
    }

    static Condition regions(List<String> codes) {
        return field(name("c", "region_code"), String.class).in(codes);
    }

    /** Every review of the figures this observation is or was (history survives rejection and re-extraction). */
    static Condition sameFigureAs(long observationId) {
        return org.jooq.impl.DSL.condition("""
                (c.document_id, c.start_offset, c.end_offset, c.figure_text, c.derived_indicator, c.derived_breakdown)
                IN (SELECT document_id, start_offset, end_offset, figure_text, derived_indicator, derived_breakdown
                    FROM correction WHERE observation_id = {0})""", org.jooq.impl.DSL.val(observationId));
    }

    private static CorrectionView view(Record r) {
        Figure before = Figure.ofColumns(json(r.get("before", String.class)));
        String after = r.get("after", String.class);
        return new CorrectionView(r.get("id", Long.class), Codes.find(Verdict.class, r.get("verdict", String.class)).orElseThrow(),
                Codes.find(CorrectionState.class, r.get("state", String.class)).orElseThrow(),
                r.get("current", Boolean.class), r.get("observation_id", Long.class), r.get("document_id", Long.class),
                r.get("title", String.class), r.get("published", java.time.LocalDate.class),
                r.get("default_region", String.class), r.get("start_offset", Integer.class), r.get("end_offset", Integer.class),
                r.get("figure_text", String.class), r.get("quote", String.class), FigureView.of(before),
                after == null ? null : FigureView.of(Figure.ofColumns(json(after))), json(r.get("changes", String.class)),
                r.get("note", String.class),
                new CorrectionView.Editor(r.get("editor_subject", String.class), r.get("editor_name", String.class)),
                r.get("reviewed_at", OffsetDateTime.class));
    }

    static JsonNode json(String text) {
        try {
            return ReviewInputs.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The correction table holds JSON that does not parse", e);
        }
    }
}
