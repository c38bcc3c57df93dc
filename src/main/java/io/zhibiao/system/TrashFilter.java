package io.zhibiao.system;

/**
 * Reads leave out the reports of documents in the trash (io.zhibiao.ingest.Trash). A SQL fragment here, below every
 * feature, because the checks, the indicators' coverage, the series, the charts and the review queue all read
 * observations.
 */
public final class TrashFilter {

    private TrashFilter() {
    }

    /**
     * For plain-SQL reads of observations without a join to their document: the reports of {@code alias} whose
     * document is not in the trash. The trash is small, so this is one hashed sub-plan over its partial index (V210).
     */
    public static String notTrashed(String alias) {
        return alias + ".document_id NOT IN (SELECT id FROM document WHERE deleted_at IS NOT NULL)";
    }
}
