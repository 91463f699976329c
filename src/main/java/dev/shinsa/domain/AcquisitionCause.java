package dev.shinsa.domain;

/**
 * How shares or voting rights come to the investor when not by purchase or subscription (act.acquisitionCause):
 * the circumstances FEFTA Art. 27(1) names for the Cabinet Order's carve-out from prior notification.
 */
public enum AcquisitionCause {
    INHERITANCE("inheritance"),
    BEQUEST("bequest"),
    MERGER("merger");

    private final String words;

    AcquisitionCause(String words) {
        this.words = words;
    }

    /** The cause in words, for messages: "inheritance". */
    @Override
    public String toString() {
        return words;
    }
}
