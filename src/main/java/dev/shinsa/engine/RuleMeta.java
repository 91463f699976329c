package dev.shinsa.engine;

import dev.shinsa.domain.Citation;
import dev.shinsa.domain.Effect;
import java.time.LocalDate;
import java.util.List;

/**
 * What a DRL rule declares about itself in its metadata: its reason code (the rule name), effect,
 * title, message template, legal citations, the dates it is in force (both inclusive; null
 * {@code effectiveTo} means still in force) and, where the law reference marks the point
 * unverified, the reading adopted. {@code template} is the message (or, without one, the title)
 * parsed once for rendering.
 */
public record RuleMeta(String code, Effect effect, String title, String message, List<Citation> citations,
                       LocalDate effectiveFrom, LocalDate effectiveTo, String reading,
                       String file, int line, String phase, String text, MessageTemplate template) {

    public RuleMeta(String code, Effect effect, String title, String message, List<Citation> citations,
                    LocalDate effectiveFrom, LocalDate effectiveTo, String reading,
                    String file, int line, String phase, String text) {
        this(code, effect, title, message, citations, effectiveFrom, effectiveTo, reading, file, line, phase, text,
                MessageTemplate.parse(message == null ? title : message));
    }

    public String source() {
        return file + "#" + code;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
