package dev.shinsa.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of one rule's reasons about several request fields follows the request, not Drools' firing order. */
class ReasonsOrderTest {
    @Test
    void fieldsSortInTheRequestsOrder() {
        List<String> expected = List.of(
                "investor.votingRightsPercent",
                "investor.shareholders[1].foreignVotingRightsPercent",
                "investor.shareholders[2].foreignContributionPercent",
                "investor.shareholders[2].shareholders[0].country",
                "investor.shareholders[2].shareholders[10].country",
                "investor.shareholders[10].foreignVotingRightsPercent");
        for (long seed = 0; seed < 20; seed++) {
            List<String> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            shuffled.sort(Reasons::compareFields);
            assertEquals(expected, shuffled);
        }
    }

    @Test
    void fieldsOfOneObjectSortByName() {
        List<String> fields = new ArrayList<>(List.of("act.directHoldingEntity.relatedPersonsBoardMajority",
                "act.directHoldingEntity.holdingInTargetPercent", "act.directHoldingEntity.investorVotingRightsAfterPercent"));
        fields.sort(Reasons::compareFields);
        assertEquals(List.of("act.directHoldingEntity.holdingInTargetPercent", "act.directHoldingEntity.investorVotingRightsAfterPercent",
                "act.directHoldingEntity.relatedPersonsBoardMajority"), fields);
    }
}
