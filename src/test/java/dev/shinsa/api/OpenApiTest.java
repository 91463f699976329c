package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shinsa.domain.Citation;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Effect;
import dev.shinsa.domain.Outcome;
import dev.shinsa.domain.Reason;
import dev.shinsa.domain.SectorClass;
import dev.shinsa.refdata.Sector;
import dev.shinsa.replay.Replay;
import dev.shinsa.screening.FieldError;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /q/openapi matches the contract and the code: the contract paths,
 * the enums, the request schema (schema/transaction.schema.json) and every response record's fields.
 */
@QuarkusTest
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode served() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    static JsonNode schema(JsonNode doc, String name) {
        JsonNode s = doc.path("components").path("schemas").path(name);
        assertTrue(s.isObject(), "no schema " + name + " in the OpenAPI document");
        return s;
    }

    @Test
    void documentHasTheContractPathsWithTheirMethods() throws Exception {
        JsonNode paths = served().path("paths");
        Map<String, String> contract = Map.of(
                "/api/v1/screenings", "post",
                "/api/v1/screenings/batch", "post",
                "/api/v1/rules", "get",
                "/api/v1/rules/{code}", "get",
                "/api/v1/rules/reload", "post",
                "/api/v1/sectors", "get");
        contract.forEach((path, method) -> assertTrue(paths.path(path).has(method), method + " " + path + " missing from /q/openapi"));
        JsonNode screen = paths.path("/api/v1/screenings").path("post");
        assertEquals("#/components/schemas/Transaction",
                screen.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
        assertTrue(screen.path("requestBody").path("content").path("application/json").path("examples").size() > 0, "no request examples");
        for (String status : List.of("200", "400", "413", "415", "503")) {
            assertTrue(screen.path("responses").has(status), "POST /api/v1/screenings documents no " + status);
        }
        assertTrue(paths.path("/api/v1/rules/reload").path("post").path("responses").has("422"), "reload documents no 422");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (String status : List.of("401", "403", "500")) {
                assertTrue(op.getValue().path("responses").has(status), op.getKey() + " " + path.getKey() + " documents no " + status);
            }
        }));
        JsonNode doc = served();
        assertEquals("X-API-Key", doc.path("components").path("securitySchemes").path("apiKey").path("name").asText());
        assertTrue(doc.path("security").size() > 0, "no security requirement");
    }

    /**
     * The two answers the document shows for a screening are the service's answers, not stale copies: the
     * filter {@link ExampleAnswersFilter} puts them there at start (the placeholder revision shows that it ran).
     */
    @Test
    void theScreeningAnswerExamplesAreTheExamplesAnswers() throws Exception {
        JsonNode examples = served().path("paths").path("/api/v1/screenings").path("post").path("responses").path("200")
                .path("content").path("application/json").path("examples");
        Map<String, String> answerOf = Map.of("prior-notification", "listed-1pct-core", "insufficient-information", "insufficient-information");
        ObjectMapper json = new ObjectMapper();
        answerOf.forEach((example, answer) -> {
            try {
                assertEquals("sha256:...", examples.path(example).path("value").path("ruleSet").path("revision").asText(),
                        "the example '" + example + "' is openapi.yaml's copy, not the answer read at start");
                JsonNode shown = ExamplesTest.normalise(examples.path(example).path("value").deepCopy());
                JsonNode expected = json.readTree(Files.readString(Path.of("rules/examples/answers/" + answer + ".json")));
                // The answer file records the status as httpStatus; the answer itself has no such field.
                ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("httpStatus");
                assertTrue(examples.path(example).path("value").path("httpStatus").isMissingNode(), "the example '" + example + "' shows httpStatus");
                assertEquals(expected, shown, "openapi.yaml example '" + example + "' differs from rules/examples/answers/"
                        + answer + ".json: copy the answer into src/main/resources/META-INF/openapi.yaml");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The batch answer's example shows, for its first item (the transaction of listed-1pct-core.json), that example's answer. */
    @Test
    void theBatchAnswerExampleShowsTheExamplesAnswer() throws Exception {
        JsonNode first = served().path("paths").path("/api/v1/screenings/batch").path("post").path("responses").path("200")
                .path("content").path("application/json").path("examples").path("two").path("value").path("decisions").path(0);
        JsonNode expected = new ObjectMapper().readTree(Files.readString(Path.of("rules/examples/answers/listed-1pct-core.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("httpStatus");
        assertEquals(expected, ExamplesTest.normalise(first.deepCopy()), "the batch example's first decision differs from"
                + " rules/examples/answers/listed-1pct-core.json: copy the answer into src/main/resources/META-INF/openapi.yaml");
    }

    @Test
    void everyEndpointOfTheCodeIsDocumented() throws Exception {
        JsonNode paths = served().path("paths");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> classes = Files.list(Path.of("target/classes/dev/shinsa/api"))) {
            for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> c = Class.forName("dev.shinsa.api." + name.substring(0, name.length() - ".class".length()));
                jakarta.ws.rs.Path base = c.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = base.value() + (sub == null ? "" : (sub.value().startsWith("/") ? "" : "/") + sub.value());
                    found++;
                    if (!paths.path(path).has(verb)) {
                        missing.add(verb.toUpperCase() + " " + path);
                    }
                }
            }
        }
        assertTrue(found >= 6, "found only " + found + " endpoints in target/classes");
        assertTrue(missing.isEmpty(), "endpoints missing from META-INF/openapi.yaml: " + missing);
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return m.isAnnotationPresent(PATCH.class) ? "patch" : null;
    }

    @Test
    void enumsAreTheJavaEnums() throws Exception {
        JsonNode doc = served();
        assertEquals(names(Outcome.values()), texts(schema(doc, "Outcome").path("enum")));
        assertEquals(names(Effect.values()), texts(schema(doc, "Effect").path("enum")));
        assertEquals(names(SectorClass.values()), texts(schema(doc, "SectorClass").path("enum")));
    }

    @Test
    void responseSchemasDescribeEveryFieldOfTheirRecords() throws Exception {
        JsonNode doc = served();
        Map<String, Class<?>> records = Map.ofEntries(
                Map.entry("Decision", Decision.class), Map.entry("Reason", Reason.class), Map.entry("Citation", Citation.class),
                Map.entry("EntityListMatch", Decision.EntityListMatch.class), Map.entry("RuleSetRef", Decision.RuleSetRef.class),
                Map.entry("ApiError", ApiError.class), Map.entry("FieldError", FieldError.class),
                Map.entry("BatchAnswer", ScreeningResource.BatchAnswer.class),
                Map.entry("BatchItemError", ScreeningResource.BatchItemError.class),
                Map.entry("RuleSetView", RulesResource.RuleSetView.class), Map.entry("RuleView", RulesResource.RuleView.class),
                Map.entry("RuleDetail", RulesResource.RuleDetail.class), Map.entry("ReloadView", RulesResource.ReloadView.class),
                Map.entry("SectorsView", SectorsResource.SectorsView.class), Map.entry("SectorView", SectorsResource.SectorView.class),
                Map.entry("SectorPeriod", Sector.Period.class), Map.entry("LogStatus", Decision.LogStatus.class),
                Map.entry("ReplayReport", Replay.Report.class), Map.entry("ReplaySummary", Replay.Summary.class),
                Map.entry("ReplayChange", Replay.Change.class), Map.entry("ReplayAnswer", Replay.Answer.class));
        records.forEach((schema, type) -> assertEquals(fields(type), keys(schema(doc, schema).path("properties")),
                "schema " + schema + " vs record " + type.getName()));
        JsonNode decision = schema(doc, "Decision").path("properties");
        assertEquals(fields(Decision.ExemptionStatus.class), keys(decision.path("exemption").path("properties")));
        assertEquals(fields(Decision.ReportStatus.class), keys(decision.path("postInvestmentReport").path("properties")));
    }

    /**
     * components/schemas/Transaction and its parts in META-INF/openapi.yaml are schema/transaction.schema.json
     * with {@code #/$defs/x} moved to {@code #/components/schemas/X}, and null allowed for every optional field
     * ({@link #nullableWhereOptional}): the service reads an optional field sent as null as not given, and validates
     * the body without those nulls, so the JSON Schema itself need not allow them. Change the JSON Schema, run this
     * test, then replace those schemas in openapi.yaml with target/openapi-request-schemas.yaml, which it writes.
     */
    @Test
    void requestSchemaIsTheJsonSchemaTheServiceValidatesWith() throws Exception {
        JsonNode jsonSchema;
        try (InputStream in = getClass().getResourceAsStream("/schema/transaction.schema.json")) {
            jsonSchema = JSON.readTree(in);
        }
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            doc = YAML.readTree(in);
        }
        ObjectNode expected = (ObjectNode) moveRefs(nullableWhereOptional(jsonSchema.deepCopy()));
        expected.remove("$schema");
        JsonNode defs = expected.remove("$defs");
        ObjectNode all = JSON.createObjectNode();
        all.set("Transaction", expected);
        defs.fields().forEachRemaining(d -> all.set(capitalised(d.getKey()), d.getValue()));
        Files.writeString(Path.of("target/openapi-request-schemas.yaml"), YAML.writeValueAsString(all));
        assertTrue(schema(doc, "Transaction").equals(OpenApiTest::compare, expected),
                "components/schemas/Transaction in META-INF/openapi.yaml differs from schema/transaction.schema.json"
                        + " (see target/openapi-request-schemas.yaml)");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            String name = capitalised(def.getKey());
            assertTrue(schema(doc, name).equals(OpenApiTest::compare, def.getValue()),
                    "components/schemas/" + name + " in META-INF/openapi.yaml differs from $defs/" + def.getKey()
                            + " (see target/openapi-request-schemas.yaml)");
        }
        // An optional boolean takes null in the document, as in the service.
        assertEquals("[\"boolean\",\"null\"]", schema(doc, "Transaction").path("properties").path("investor").path("properties")
                .path("stateOwned").path("type").toString());
        // and the served document carries it
        assertEquals(keys(expected.path("properties")), keys(schema(served(), "Transaction").path("properties")));
    }

    @Test
    void swaggerUiAnswers() {
        given().get("/q/swagger-ui").then().statusCode(200);
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
    }

    /**
     * The JSON Schema with null allowed for every optional field: a {@code type} of one name gets "null" beside it
     * (and an enum the value null), a {@code $ref} to a definition that does not take null becomes
     * {@code anyOf: [$ref, {type: null}]}. Required fields are left as they are.
     */
    static JsonNode nullableWhereOptional(JsonNode schema) {
        JsonNode defs = schema.path("$defs");
        nullable(schema, defs);
        defs.forEach(d -> nullable(d, defs));
        return schema;
    }

    private static void nullable(JsonNode node, JsonNode defs) {
        if (!(node instanceof ObjectNode o)) {
            return;
        }
        if (o.get("properties") instanceof ObjectNode props) {
            java.util.Set<String> required = new java.util.HashSet<>();
            o.path("required").forEach(r -> required.add(r.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                nullable(f.getValue(), defs);
                if (!required.contains(f.getKey()) && f.getValue() instanceof ObjectNode v) {
                    f.setValue(orNull(v, defs));
                }
            }
        }
        nullable(o.get("items"), defs);
    }

    private static ObjectNode orNull(ObjectNode v, JsonNode defs) {
        JsonNode ref = v.get("$ref");
        if (ref != null) {
            JsonNode def = defs.path(ref.asText().substring(ref.asText().lastIndexOf('/') + 1));
            if (takesNull(def.path("type"))) {
                return v;
            }
            ObjectNode out = v.deepCopy();
            out.remove("$ref");
            com.fasterxml.jackson.databind.node.ArrayNode any = out.putArray("anyOf");
            any.addObject().put("$ref", ref.asText());
            any.addObject().put("type", "null");
            return out;
        }
        JsonNode type = v.get("type");
        if (type != null && type.isTextual()) {
            v.putArray("type").add(type.asText()).add("null");
            if (v.get("enum") instanceof com.fasterxml.jackson.databind.node.ArrayNode e && !e.toString().contains("null")) {
                e.addNull();
            }
        }
        return v;
    }

    private static boolean takesNull(JsonNode type) {
        for (JsonNode t : type) {
            if ("null".equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode moveRefs(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.asText().startsWith("#/$defs/")) {
                o.set("$ref", TextNode.valueOf("#/components/schemas/" + capitalised(ref.asText().substring("#/$defs/".length()))));
            }
            o.forEach(OpenApiTest::moveRefs);
        } else if (node.isArray()) {
            node.forEach(OpenApiTest::moveRefs);
        }
        return node;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Numbers compare by value (YAML and JSON parse 100 and 100.0 to different node types). */
    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    private static Set<String> fields(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> texts(JsonNode array) {
        assertNotNull(array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
