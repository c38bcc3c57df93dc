package io.zhibiao.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** An observation as stored: the extractor's figure tied to its document (named apart from extract.Observation). */
@Entity
@Table(name = "observation")
public class StoredObservation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_ids")
    @SequenceGenerator(name = "observation_ids", sequenceName = "observation_id_seq", allocationSize = 50)
    public Long id;
    public Long documentId;
    public String indicatorCode;
    public String regionCode;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String periodType;
    public BigDecimal value;
    public BigDecimal valueMax;
    public String unitClass;
    public String unit;
    public String qualifier;
    public String kind;
    public String topic;
    public String quote;
    public int startOffset;
    public int endOffset;
    public String extractorVersion;
    /** The breakdown's canonical key (extract.Breakdowns): product=粗钢, '' for the indicator's total. */
    public String breakdown = "";
    /** How likely every attribute is right (extract.Confidence), three decimals; null for rows of older extractors. */
    public Float confidence;
    /** What lowered the confidence: codes of extract.Reason joined by commas (ObservationRows writes them as text[]). */
    @Transient
    public String reasons = "";
    /** What an editor said of the figure (io.zhibiao.corrections, V220): accepted, corrected, or null. */
    public String reviewed;
}
