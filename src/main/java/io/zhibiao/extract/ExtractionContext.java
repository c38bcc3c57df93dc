package io.zhibiao.extract;

import java.time.LocalDate;

/**
 * What the caller knows about a text besides its words.
 *
 * @param published     publication date; relative expressions (今年, 近日) are read against it
 * @param defaultRegion 6-digit code of the place to assume when the text names none, or null
 */
public record ExtractionContext(LocalDate published, String defaultRegion) {
}
