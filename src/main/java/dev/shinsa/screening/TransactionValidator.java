package dev.shinsa.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body against the transaction JSON Schema ({@code schema/transaction.schema.json}):
 * unknown fields, wrong types, values out of range and missing required fields, all reported at
 * once with the field's path.
 */
public final class TransactionValidator {
    private static final JsonSchema SCHEMA = load();

    private TransactionValidator() {
    }

    private static JsonSchema load() {
        try (InputStream in = TransactionValidator.class.getResourceAsStream("/schema/transaction.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<FieldError> validate(JsonNode body) {
        Set<FieldError> errors = new LinkedHashSet<>();
        Set<String> seenFields = new LinkedHashSet<>();
        for (ValidationMessage m : SCHEMA.validate(body)) {
            String parent = path(m.getInstanceLocation().toString());
            String type = m.getType();
            String field;
            String message;
            if ("required".equals(type)) {
                field = join(parent, m.getProperty());
                message = "is required";
            } else if ("additionalProperties".equals(type)) {
                field = join(parent, m.getProperty());
                message = "is not a field of the transaction (misspelt? see the API contract)";
            } else {
                field = parent.isEmpty() ? "body" : parent;
                message = stripLocation(m.getMessage());
            }
            // A date that fails both its format and its pattern, or a null enum that fails type and enum,
            // is one problem for the caller: keep the first message per field and kind.
            if ("pattern".equals(type) && seenFields.contains(field)) {
                continue;
            }
            seenFields.add(field);
            errors.add(new FieldError(field, message));
        }
        List<FieldError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing(FieldError::field));
        return out;
    }

    private static String join(String parent, String property) {
        return parent.isEmpty() ? property : parent + "." + property;
    }

    /** {@code $.act.holdingAfterPercent} to {@code act.holdingAfterPercent}. */
    private static String path(String location) {
        if (location.equals("$")) {
            return "";
        }
        return location.startsWith("$.") ? location.substring(2) : location.replaceFirst("^\\$", "");
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
