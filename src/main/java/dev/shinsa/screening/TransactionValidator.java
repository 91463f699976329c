package dev.shinsa.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
    /** Digits a number may have before its decimal point (10^20 is far above any yen amount the schema allows). */
    static final int MAX_INTEGER_DIGITS = 20;
    /** Digits a number may have after its decimal point, trailing zeros aside (a double printed in full has 17 or so). */
    static final int MAX_FRACTION_DIGITS = 20;

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
        // The schema validator turns numbers into plain decimal strings: 1e-999999999 would take a
        // billion characters, so absurd numbers are refused before the schema sees the body.
        List<FieldError> numbers = new ArrayList<>();
        List<FieldError> texts = new ArrayList<>();
        checkValues(body, "", numbers, texts);
        Set<FieldError> errors = new LinkedHashSet<>(numbers);
        errors.addAll(texts);
        Set<String> seenFields = new LinkedHashSet<>();
        numbers.forEach(e -> seenFields.add(e.field()));
        // An absurd number is reported as such; the schema checks the rest of the body with 0 in its place.
        JsonNode checked = numbers.isEmpty() ? body : withoutAbsurdNumbers(body);
        for (ValidationMessage m : schemaMessages(checked)) {
            String parent = path(m.getInstanceLocation());
            String type = m.getType();
            String field;
            String message;
            if ("required".equals(type)) {
                field = join(parent, m.getProperty());
                message = "is required";
            } else if ("additionalProperties".equals(type)) {
                field = join(parent, m.getProperty());
                message = "is not a field of the transaction (misspelt? see the API contract)";
            } else if ("format".equals(type) || ("pattern".equals(type) && parent.equals("asOf"))) {
                field = parent;
                message = "is not a valid date YYYY-MM-DD";
            } else {
                field = parent.isEmpty() ? "body" : parent;
                message = stripLocation(m.getMessage(), m.getInstanceLocation().toString());
            }
            // A date that fails both its format and its pattern, or a null enum that fails type and enum,
            // is one problem for the caller: keep the first message per field.
            if (seenFields.contains(field)) {
                continue;
            }
            seenFields.add(field);
            errors.add(new FieldError(field, message));
        }
        countryCodes(body, "", errors);
        errors.addAll(indirectAcquisitionChecks(body.path("act")));
        errors.addAll(reappointmentChecks(body.path("act")));
        errors.addAll(proposalChecks(body.path("act")));
        errors.addAll(acquisitionCauseChecks(body));
        List<FieldError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing(FieldError::field));
        return out;
    }

    /**
     * What the schema cannot say about {@code act.directHoldingEntity}: it describes the holding entity of an
     * INDIRECT_ACQUISITION and nothing else (sent with another act it would be silently ignored), and that
     * entity is foreign by definition (reference 7.3), so a holding entity in Japan is a contradiction.
     */
    private static List<FieldError> indirectAcquisitionChecks(JsonNode act) {
        List<FieldError> out = new ArrayList<>();
        JsonNode entity = act.path("directHoldingEntity");
        JsonNode type = act.path("type");
        if (!entity.isObject()) {
            return out;
        }
        if (type.isTextual() && !INDIRECT_ACQUISITION.equals(type.textValue())) {
            out.add(new FieldError("act.directHoldingEntity", "is only for act.type " + INDIRECT_ACQUISITION
                    + ", not " + type.textValue() + ": leave it out, or screen the act as an indirect acquisition"));
        }
        if ("JP".equals(entity.path("country").textValue())) {
            out.add(new FieldError("act.directHoldingEntity.country", "is JP, but the holding entity of an indirect"
                    + " acquisition is established or has its principal office outside Japan: screen the acquisition of a"
                    + " Japanese company's shares or voting rights as SHARE_ACQUISITION or VOTING_RIGHTS_ACQUISITION of it"));
        }
        return out;
    }

    private static final String INDIRECT_ACQUISITION = "INDIRECT_ACQUISITION";

    /**
     * {@code act.directorReappointment} qualifies a consent to a director appointment; true with any other act
     * or proposal would be silently ignored, so it is refused.
     */
    private static List<FieldError> reappointmentChecks(JsonNode act) {
        if (!act.path("directorReappointment").asBoolean(false)) {
            return List.of();
        }
        JsonNode type = act.path("type");
        JsonNode proposal = act.path("proposal");
        if (!type.isTextual() || (CONSENT_TO_PROPOSAL.equals(type.textValue()) && !proposal.isTextual())) {
            return List.of();
        }
        if (CONSENT_TO_PROPOSAL.equals(type.textValue()) && DIRECTOR_APPOINTMENT.equals(proposal.textValue())) {
            return List.of();
        }
        return List.of(new FieldError("act.directorReappointment", "is true, but it is only for act.type " + CONSENT_TO_PROPOSAL
                + " with act.proposal " + DIRECTOR_APPOINTMENT + ", not " + type.textValue()
                + (proposal.isTextual() ? " with " + proposal.textValue() : "") + ": leave it out or set it to false"));
    }

    /** {@code act.proposal} says what a consent is given to: sent with another act it would be silently ignored. */
    private static List<FieldError> proposalChecks(JsonNode act) {
        JsonNode type = act.path("type");
        if (!act.path("proposal").isTextual() || !type.isTextual() || CONSENT_TO_PROPOSAL.equals(type.textValue())) {
            return List.of();
        }
        return List.of(new FieldError("act.proposal", "is only for act.type " + CONSENT_TO_PROPOSAL + ", not "
                + type.textValue() + ": leave it out (or send null)"));
    }

    /**
     * {@code act.acquisitionCause} says how shares or voting rights come to the investor; with any other act it
     * would be silently ignored, so it is refused. Only an individual inherits, and only a company merges.
     */
    private static List<FieldError> acquisitionCauseChecks(JsonNode body) {
        JsonNode act = body.path("act");
        JsonNode cause = act.path("acquisitionCause");
        JsonNode type = act.path("type");
        if (!cause.isTextual()) {
            return List.of();
        }
        List<FieldError> out = new ArrayList<>();
        if (type.isTextual() && !SHARE_OR_VOTING_RIGHTS.contains(type.textValue())) {
            out.add(new FieldError("act.acquisitionCause", "is only for act.type " + String.join(" or ", SHARE_OR_VOTING_RIGHTS)
                    + ", not " + type.textValue() + ": leave it out"));
        }
        String kind = body.path("investor").path("kind").textValue();
        boolean individual = "NON_RESIDENT_INDIVIDUAL".equals(kind) || "RESIDENT_INDIVIDUAL".equals(kind);
        if ("INHERITANCE".equals(cause.textValue()) && kind != null && !individual) {
            out.add(new FieldError("act.acquisitionCause", "is INHERITANCE, but investor.kind is " + kind
                    + ": only an individual inherits (a company or partnership receiving under a will takes by BEQUEST)"));
        }
        if ("MERGER".equals(cause.textValue()) && individual) {
            out.add(new FieldError("act.acquisitionCause", "is MERGER, but investor.kind is " + kind + ": an individual does not merge"));
        }
        return out;
    }

    private static final List<String> SHARE_OR_VOTING_RIGHTS = List.of("SHARE_ACQUISITION", "VOTING_RIGHTS_ACQUISITION");
    private static final String CONSENT_TO_PROPOSAL = "CONSENT_TO_PROPOSAL";
    private static final String DIRECTOR_APPOINTMENT = "DIRECTOR_APPOINTMENT";

    /**
     * Every number in the body within {@link #MAX_INTEGER_DIGITS} and {@link #MAX_FRACTION_DIGITS}, and
     * every string valid Unicode (JSON's {@code \\uD800} escape, or UTF-8 that encodes a surrogate,
     * gives a string with half a character); each offender by its path.
     */
    private static void checkValues(JsonNode node, String path, List<FieldError> numbers, List<FieldError> texts) {
        String field = path.isEmpty() ? "body" : path;
        if (node.isNumber()) {
            if (tooManyIntegerDigits(node.decimalValue())) {
                numbers.add(new FieldError(field, "is too large a number (more than " + MAX_INTEGER_DIGITS
                        + " digits before the decimal point)"));
            } else if (tooManyFractionDigits(node.decimalValue())) {
                numbers.add(new FieldError(field, "has more than " + MAX_FRACTION_DIGITS + " digits after the decimal point"));
            }
        } else if (node.isTextual() && hasUnpairedSurrogate(node.textValue())) {
            texts.add(new FieldError(field, "is not valid Unicode text: it holds half of a surrogate pair"
                    + " (a lone \\uD800-\\uDFFF escape, or invalid UTF-8)"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> checkValues(e.getValue(), join(path, e.getKey()), numbers, texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkValues(node.get(i), path + "[" + i + "]", numbers, texts);
            }
        }
    }

    /** The ISO 3166-1 alpha-2 codes, as the JDK knows them. */
    private static final Set<String> ISO_COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    /**
     * Every {@code country} (the investor's, its shareholders', the holding entity's) is an ISO 3166-1 alpha-2
     * code: the schema checks the form (two capital letters), this the code itself, so that "XX" is not
     * screened as a country outside Appended Table 1 or as an unknown one.
     */
    private static void countryCodes(JsonNode node, String path, Set<FieldError> errors) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String field = join(path, e.getKey());
                JsonNode v = e.getValue();
                if (e.getKey().equals("country") && v.isTextual() && !ISO_COUNTRIES.contains(v.textValue()) && v.textValue().matches("[A-Z]{2}")) {
                    errors.add(new FieldError(field, "'" + v.textValue() + "' is not an ISO 3166-1 alpha-2 country code"));
                } else {
                    countryCodes(v, field, errors);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                countryCodes(node.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    /**
     * A copy of {@code body} with each number past {@link #MAX_INTEGER_DIGITS} or {@link #MAX_FRACTION_DIGITS}
     * replaced by 0, so that the other checks can run on the rest of the body and report all its problems at once.
     */
    public static JsonNode withoutAbsurdNumbers(JsonNode body) {
        return rebuilt(body, v -> v.isNumber() && (tooManyIntegerDigits(v.decimalValue()) || tooManyFractionDigits(v.decimalValue()))
                ? com.fasterxml.jackson.databind.node.IntNode.valueOf(0) : v, false);
    }

    /**
     * A copy of {@code node} with each value that is neither object nor array passed through {@code value};
     * with {@code dropNullFields}, object fields whose value is null are left out (array items stay as they are).
     */
    private static JsonNode rebuilt(JsonNode node, java.util.function.UnaryOperator<JsonNode> value, boolean dropNullFields) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!(dropNullFields && e.getValue().isNull())) {
                    copy.set(e.getKey(), rebuilt(e.getValue(), value, dropNullFields));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(rebuilt(e, value, dropNullFields)));
            return copy;
        }
        return value.apply(node);
    }

    /**
     * The schema's problems with {@code body}, where an optional field sent as null is a field not given (as the
     * mapping reads it; generated clients write unset fields so). A required field sent as null keeps what the
     * schema says of it as sent: some required fields take null to say "not known"
     * (a shareholder's votingRightsPercent), the others are refused.
     */
    private static List<ValidationMessage> schemaMessages(JsonNode body) {
        List<ValidationMessage> out = new ArrayList<>();
        Set<String> requiredButNull = new java.util.HashSet<>();
        for (ValidationMessage m : SCHEMA.validate(hasNullField(body) ? withoutNullFields(body) : body)) {
            String field = join(path(m.getInstanceLocation()), m.getProperty() == null ? "" : m.getProperty());
            if ("required".equals(m.getType()) && at(body, field).isNull()) {
                requiredButNull.add(field);
            } else {
                out.add(m);
            }
        }
        if (!requiredButNull.isEmpty()) {
            for (ValidationMessage m : SCHEMA.validate(body)) {
                if (requiredButNull.contains(path(m.getInstanceLocation()))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The node at a field path as {@link #path} writes it ({@code investor.shareholders[0].kind}); missing if absent. */
    private static JsonNode at(JsonNode root, String field) {
        JsonNode n = root;
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            n = n.path(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int end = part.indexOf(']', bracket);
                n = n.path(Integer.parseInt(part.substring(bracket + 1, end)));
                bracket = part.indexOf('[', end);
            }
        }
        return n;
    }

    /** Some object field in {@code body} is null (most bodies have none, and need no copy). */
    private static boolean hasNullField(JsonNode body) {
        if (body.isObject()) {
            for (java.util.Iterator<JsonNode> it = body.elements(); it.hasNext(); ) {
                JsonNode v = it.next();
                if (v.isNull() || hasNullField(v)) {
                    return true;
                }
            }
        } else if (body.isArray()) {
            for (JsonNode v : body) {
                if (v.isObject() && hasNullField(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of {@code body} without the object fields whose value is null; array items stay as they are. */
    static JsonNode withoutNullFields(JsonNode body) {
        return rebuilt(body, java.util.function.UnaryOperator.identity(), true);
    }

    private static boolean tooManyIntegerDigits(BigDecimal value) {
        BigDecimal n = value.stripTrailingZeros();
        return n.precision() - n.scale() > MAX_INTEGER_DIGITS;
    }

    private static boolean tooManyFractionDigits(BigDecimal value) {
        return value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String parent, String property) {
        return parent.isEmpty() ? property : parent + "." + property;
    }

    /** The instance location as the API names fields: {@code investor.shareholders[0].kind}. */
    private static String path(JsonNodePath location) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object e = location.getElement(i);
            if (e instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(e);
            }
        }
        return sb.toString();
    }

    private static String stripLocation(String message, String location) {
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }
}
