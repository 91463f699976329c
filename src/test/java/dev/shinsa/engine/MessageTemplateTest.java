package dev.shinsa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void fillsEveryPlaceholderWithItsFact() {
        MessageTemplate t = MessageTemplate.parse("Holding is {holdingAfterPercent}%, {gapPoints} points below {thresholdPercent}%");
        assertEquals("Holding is 0.99%, 0.01 points below 1%",
                t.render(Map.of("holdingAfterPercent", "0.99", "gapPoints", "0.01", "thresholdPercent", "1")));
    }

    @Test
    void keepsAPlaceholderWithoutAFactAsWrittenSoTheSlipShows() {
        assertEquals("{target} carries on no designated business",
                MessageTemplate.parse("{target} carries on no designated business").render(Map.of()));
    }

    @Test
    void leavesTextWithoutPlaceholdersAndValuesWithDollarSignsAlone() {
        assertEquals("No filing", MessageTemplate.parse("No filing").render(Map.of("x", "y")));
        assertEquals("Name: A$B \\1", MessageTemplate.parse("Name: {name}").render(Map.of("name", "A$B \\1")));
    }

    @Test
    void theSameTemplateTextGivesEqualTemplatesSoRuleMetadataStaysAValue() {
        assertEquals(MessageTemplate.parse("At {x}%"), MessageTemplate.parse("At {x}%"));
    }

    @Test
    void readsBracesThatAreNotPlaceholdersAsText() {
        assertEquals("{ not one } and {1x}", MessageTemplate.parse("{ not one } and {1x}").render(Map.of("1x", "no")));
    }
}
