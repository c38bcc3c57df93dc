package io.zhibiao.extract;

/** The unit classes of the extraction contract; {@link #code()} is what goes over the wire. */
public enum UnitClass {
    MONEY_CNY, COUNT, PERSON, PERSON_TIME, PERCENT, LENGTH_KM, VOLUME_M3, AREA_HA, AREA_HA_TIME,
    MASS_T, POWER_KW, RATIO, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
