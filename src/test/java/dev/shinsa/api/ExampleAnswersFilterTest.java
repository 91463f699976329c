package dev.shinsa.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI filter shows the served rules folder's answers in place of the copies in openapi.yaml. */
class ExampleAnswersFilterTest {
    @TempDir
    Path rules;

    @Test
    void theExamplesShowTheAnswersOfTheRulesFolder() throws Exception {
        Files.createDirectories(rules.resolve("examples/answers"));
        Files.writeString(rules.resolve("examples/answers/listed-1pct-core.json"),
                "{\"outcome\": \"PRIOR_NOTIFICATION_REQUIRED\", \"ruleSet\": {\"version\": \"9.9.9\"}, \"decisionLog\": {\"logged\": true}, \"httpStatus\": 200}");
        Example prior = OASFactory.createExample().value("a stale copy");
        Example insufficient = OASFactory.createExample().value("left as it is: the folder has no such answer");
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/screenings",
                OASFactory.createPathItem().POST(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType()
                                        .addExample("prior-notification", prior)
                                        .addExample("insufficient-information", insufficient))))))));
        String before = System.getProperty("shinsa.rules.dir");
        System.setProperty("shinsa.rules.dir", rules.toString());
        try {
            new ExampleAnswersFilter().filterOpenAPI(doc);
        } finally {
            if (before == null) {
                System.clearProperty("shinsa.rules.dir");
            } else {
                System.setProperty("shinsa.rules.dir", before);
            }
        }
        Map<?, ?> shown = (Map<?, ?>) prior.getValue();
        assertEquals("PRIOR_NOTIFICATION_REQUIRED", shown.get("outcome"));
        assertEquals(Map.of("version", "9.9.9", "revision", "sha256:..."), shown.get("ruleSet"));
        // In the answer's order, evaluatedAt before decisionLog; httpStatus (the test's record of the status) left out.
        assertEquals(java.util.List.of("decisionId", "outcome", "ruleSet", "evaluatedAt", "decisionLog"), java.util.List.copyOf(shown.keySet()));
        assertEquals("left as it is: the folder has no such answer", insufficient.getValue());
    }
}
