package io.zhibiao.ingest;

import io.zhibiao.extract.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One extractor for the whole service: it is thread-safe and its dictionaries are built once. */
@ApplicationScoped
class ExtractorProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return Extractor.standard();
    }
}
