package dev.shinsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.jboss.logging.Logger;

/**
 * The 200 examples of {@code POST /api/v1/screenings} in the OpenAPI document are the answers of the rules
 * folder being served ({@code examples/answers/listed-1pct-core.json} and {@code insufficient-information.json}),
 * read when the service starts, so that the document never shows a stale answer after a rule change and rule
 * authors never edit the document. A folder without those files keeps the copies in openapi.yaml.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ExampleAnswersFilter implements OASFilter {
    private static final Logger LOG = Logger.getLogger(ExampleAnswersFilter.class);
    /** Example name in openapi.yaml, and the answer file it shows. */
    static final Map<String, String> ANSWERS = Map.of(
            "prior-notification", "listed-1pct-core",
            "insufficient-information", "insufficient-information");

    private static final String EVALUATED_AT = "2026-12-03T10:15:30.123456789Z";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Path answers = Path.of(ConfigProvider.getConfig().getOptionalValue("shinsa.rules.dir", String.class).orElse("rules"))
                .resolve("examples").resolve("answers");
        try {
            Map<String, Example> examples = openAPI.getPaths().getPathItem("/api/v1/screenings").getPOST().getResponses()
                    .getAPIResponse("200").getContent().getMediaType("application/json").getExamples();
            ObjectMapper json = new ObjectMapper();
            ANSWERS.forEach((name, file) -> {
                Path p = answers.resolve(file + ".json");
                Example example = examples.get(name);
                if (example == null || !Files.isRegularFile(p)) {
                    return;
                }
                try {
                    JsonNode answer = json.readTree(Files.readString(p));
                    // The answer files leave out what varies from one screening to the next; the example shows it.
                    // httpStatus is the test's record of the status, not a field of the answer. Fields in the answer's order.
                    ObjectNode shown = json.createObjectNode().put("decisionId", "67963423-51bd-4702-9600-e66019dc5bc7");
                    answer.fields().forEachRemaining(f -> {
                        if (f.getKey().equals("decisionLog")) {
                            shown.put("evaluatedAt", EVALUATED_AT);
                        }
                        if (!f.getKey().equals("httpStatus")) {
                            shown.set(f.getKey(), f.getValue());
                        }
                    });
                    shown.putIfAbsent("evaluatedAt", json.getNodeFactory().textNode(EVALUATED_AT));
                    if (shown.path("ruleSet") instanceof ObjectNode rs) {
                        rs.put("revision", "sha256:...");
                    }
                    example.setValue(json.convertValue(shown, Map.class));
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("OpenAPI example %s: cannot read %s (%s); the copy in openapi.yaml is shown", name, p, e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("OpenAPI examples: the document has no 200 examples for POST /api/v1/screenings (%s)", e.toString());
        }
    }
}
