package io.zhibiao.system;

import java.util.Set;

/**
 * CDI event fired after a transaction that changed stored data has committed.
 *
 * @param version     the data version that transaction set
 * @param documentIds the documents whose observations were added, replaced or removed
 */
public record DataChanged(long version, Set<Long> documentIds) {
}
