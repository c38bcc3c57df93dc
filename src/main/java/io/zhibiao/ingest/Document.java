package io.zhibiao.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored article; its text is kept whole so observations can be re-derived. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    public Long id;
    public String title;
    public String source;
    public LocalDate published;
    public String text;
    public String sha256;
    public String url;
    public String defaultRegion;
    public String extractorVersion;
    public OffsetDateTime ingestedAt;
    /** Since when it is in the trash (V210); null while it counts. */
    public OffsetDateTime deletedAt;
}
