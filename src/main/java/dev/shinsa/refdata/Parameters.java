package dev.shinsa.refdata;

import java.util.Collection;
import java.util.Map;

/** Every legal number of the rule set, by name. */
public final class Parameters {
    private final Map<String, Parameter> byName;

    public Parameters(Map<String, Parameter> byName) {
        this.byName = Map.copyOf(byName);
    }

    public Parameter get(String name) {
        return byName.get(name);
    }

    public Collection<Parameter> all() {
        return byName.values();
    }
}
