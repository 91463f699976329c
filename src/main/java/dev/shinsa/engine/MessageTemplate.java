package dev.shinsa.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code @message}, split once at load into text and {@code {name}} placeholders, so that
 * rendering a reason is a few appends instead of a regular-expression scan on every firing. A
 * placeholder the rule gives no fact for stays as written ({@code {name}}), so a slip shows in the answer.
 */
public final class MessageTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** {@code texts[i]} precedes {@code names[i]}; the last text follows the last placeholder. */
    private final String[] texts;
    private final String[] names;

    private MessageTemplate(String[] texts, String[] names) {
        this.texts = texts;
        this.names = names;
    }

    public static MessageTemplate parse(String template) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            texts.add(template.substring(at, m.start()));
            names.add(m.group(1));
            at = m.end();
        }
        texts.add(template.substring(at));
        return new MessageTemplate(texts.toArray(String[]::new), names.toArray(String[]::new));
    }

    public String render(Map<String, String> facts) {
        StringBuilder sb = new StringBuilder(texts[0].length() + 16 * names.length + 64);
        for (int i = 0; i < names.length; i++) {
            sb.append(texts[i]);
            String value = facts.get(names[i]);
            if (value == null) {
                sb.append('{').append(names[i]).append('}');
            } else {
                sb.append(value);
            }
        }
        return sb.append(texts[names.length]).toString();
    }
}
