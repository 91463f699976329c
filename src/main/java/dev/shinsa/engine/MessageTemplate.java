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
 * A value, like the {@link RuleMeta} that holds it: {@code texts.get(i)} precedes {@code names.get(i)}, and
 * the last text follows the last placeholder.
 */
public record MessageTemplate(List<String> texts, List<String> names) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public MessageTemplate {
        texts = List.copyOf(texts);
        names = List.copyOf(names);
        if (texts.size() != names.size() + 1) {
            throw new IllegalArgumentException("a template has one more text than placeholders");
        }
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
        return new MessageTemplate(texts, names);
    }

    public String render(Map<String, String> facts) {
        StringBuilder sb = new StringBuilder(texts.get(0).length() + 16 * names.size() + 64);
        for (int i = 0; i < names.size(); i++) {
            sb.append(texts.get(i));
            String name = names.get(i);
            String value = facts.get(name);
            if (value == null) {
                sb.append('{').append(name).append('}');
            } else {
                sb.append(value);
            }
        }
        return sb.append(texts.get(names.size())).toString();
    }
}
