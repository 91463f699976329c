package dev.shinsa.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random transactions that are well formed and consistent (within the schema, the limits and the
 * mapper's checks), over the whole vocabulary: every investor kind, act type, sector, date in the
 * rules' coverage, shareholder trees, unknowns left out or null. The rules must decide each one.
 */
public final class TransactionGen {
    static final List<String> KINDS = List.of("NON_RESIDENT_INDIVIDUAL", "RESIDENT_INDIVIDUAL", "FOREIGN_ENTITY",
            "JAPANESE_ENTITY", "PARTNERSHIP");
    static final List<String> ACTS = List.of("SHARE_ACQUISITION", "VOTING_RIGHTS_ACQUISITION", "VOTING_AUTHORITY_ACQUISITION",
            "CONSENT_TO_PROPOSAL", "BUSINESS_ACQUISITION", "BRANCH_ESTABLISHMENT", "LOAN", "JOINT_VOTING_AGREEMENT",
            "FORMER_RESIDENT_SHARE_TRANSFER", "INDIRECT_ACQUISITION");
    static final List<String> COUNTRIES = List.of("US", "CN", "JP", "IR", "RU", "KP", "GB", "DE", "SG", "KR");
    static final List<String> EDGE_PERCENTS = List.of("0", "0.99", "1", "1.00", "9.99", "10", "10.01", "25", "33.333333333333336",
            "49.99", "50", "50.01", "66.67", "99.9999", "100");
    private static final LocalDate FIRST = LocalDate.of(2017, 10, 1);

    private final Random rnd;
    private final List<String> sectors;

    public TransactionGen(Random rnd, List<String> sectorCodes) {
        this.rnd = rnd;
        this.sectors = List.copyOf(sectorCodes);
    }

    public ObjectNode next() {
        ObjectNode tx = NastyValues.F.objectNode();
        if (rnd.nextBoolean()) {
            tx.put("transactionId", "TX-" + rnd.nextInt(100_000));
        }
        if (rnd.nextInt(5) > 0) {
            tx.put("asOf", FIRST.plusDays(rnd.nextInt(3_700)).toString());
        }
        tx.set("investor", party(pick(KINDS), 0, true));
        ObjectNode target = tx.putObject("target");
        target.put("listed", rnd.nextBoolean());
        maybe(() -> target.put("name", "Target " + rnd.nextInt(1000)));
        maybe(() -> target.put("securitiesCode", pick(List.of("9501", "9432", "9020", "0001", "1234", "7203"))));
        switch (rnd.nextInt(4)) {
            case 0 -> target.putNull("sectors");
            case 1 -> {
            }
            default -> {
                List<String> shuffled = new ArrayList<>(sectors);
                Collections.shuffle(shuffled, rnd);
                ArrayNode list = target.putArray("sectors");
                shuffled.subList(0, rnd.nextInt(Math.min(5, shuffled.size() + 1))).forEach(list::add);
            }
        }
        maybe(() -> target.put("sectorClass", pick(List.of("NON_DESIGNATED", "DESIGNATED", "CORE"))));
        maybe(() -> target.put("designatedCoreBusinessEntity", rnd.nextBoolean()));
        tx.set("act", act());
        maybe(() -> tx.putObject("exemption").put("claimed", rnd.nextBoolean()));
        maybe(() -> {
            ObjectNode i = tx.putObject("intentions");
            for (String f : List.of("boardSeat", "proposeBusinessTransferOrAbolition", "accessNonPublicTechnology",
                    "attendCoreDecisionMeetings", "writtenProposalsWithDeadline", "accessAnyNonPublicInformation")) {
                maybe(() -> i.put(f, rnd.nextInt(4) == 0));
            }
        });
        return tx;
    }

    private ObjectNode party(String kind, int depth, boolean investor) {
        ObjectNode p = NastyValues.F.objectNode();
        p.put("kind", kind);
        if (investor) {
            maybe(() -> p.put("name", "Investor " + rnd.nextInt(1000)));
            maybe(() -> p.putArray("aliases").add("Alias " + rnd.nextInt(10)));
            maybe(() -> p.put("foreignFinancialInstitution", rnd.nextBoolean()));
            maybe(() -> p.put("stateOwned", rnd.nextBoolean()));
            maybe(() -> p.put("accreditedByMof", rnd.nextBoolean()));
            maybe(() -> p.put("priorFeftaViolation", rnd.nextBoolean()));
            maybe(() -> p.put("specifiedForeignInvestor", pick(List.of("NONE", "TYPE_A", "TYPE_B"))));
            maybe(() -> p.put("iranRelated", rnd.nextInt(5) == 0));
        } else {
            p.put("name", "Holder " + depth + "-" + rnd.nextInt(1000));
        }
        maybe(() -> p.put("country", pick(COUNTRIES)));
        maybe(() -> p.put("foreignVotingRightsPercent", percent(BigDecimal.valueOf(100))));
        maybe(() -> p.put("nonResidentDirectorsMajority", rnd.nextBoolean()));
        maybe(() -> p.put("nonResidentRepresentativeDirectorsMajority", rnd.nextBoolean()));
        maybe(() -> p.put("foreignContributionPercent", percent(BigDecimal.valueOf(100))));
        switch (rnd.nextInt(4)) {
            case 0 -> p.put("foreignGeneralPartnersMajority", rnd.nextBoolean());
            case 1 -> p.putNull("foreignGeneralPartnersMajority");
            default -> {
            }
        }
        if (depth < 4 && rnd.nextInt(depth + 2) == 0) {
            ArrayNode holders = p.putArray("shareholders");
            BigDecimal left = BigDecimal.valueOf(100);
            for (int i = 0, n = rnd.nextInt(5); i < n; i++) {
                ObjectNode h = party(pick(KINDS), depth + 1, false);
                BigDecimal stake = percent(left);
                h.put("votingRightsPercent", stake);
                left = left.subtract(stake);
                holders.add(h);
            }
        }
        return p;
    }

    private ObjectNode act() {
        ObjectNode a = NastyValues.F.objectNode();
        String type = pick(ACTS);
        a.put("type", type);
        BigDecimal after = percent(BigDecimal.valueOf(100));
        BigDecimal before = rnd.nextBoolean() ? BigDecimal.ZERO : percent(after);
        maybe(() -> a.put("holdingBeforePercent", before));
        if (rnd.nextInt(6) > 0) {
            a.put("holdingAfterPercent", after);
        }
        maybe(() -> a.put("closelyRelatedPersonsPercent", percent(BigDecimal.valueOf(100).subtract(after))));
        maybe(() -> a.put("sellerIsForeignInvestor", rnd.nextBoolean()));
        // A proposal with another act is refused (act.proposal is only for a consent), so it is sent only with one.
        if (type.equals("CONSENT_TO_PROPOSAL")) {
            a.put("proposal", pick(List.of("DIRECTOR_APPOINTMENT", "BUSINESS_TRANSFER_OR_ABOLITION", "BUSINESS_PURPOSE_CHANGE")));
        }
        if (type.equals("LOAN") && rnd.nextBoolean()) {
            ObjectNode loan = a.putObject("loan");
            maybe(() -> loan.put("amountYen", yen()));
            maybe(() -> loan.put("termMonths", rnd.nextInt(1201)));
            maybe(() -> loan.put("outstandingAfterYen", yen()));
            maybe(() -> loan.put("bondsHeldYen", yen()));
            maybe(() -> loan.put("borrowerLiabilitiesYen", yen()));
            maybe(() -> loan.put("yenLoanByResident", rnd.nextBoolean()));
            maybe(() -> loan.put("lenderIsFinancialInstitutionInBusiness", rnd.nextBoolean()));
        }
        if (type.equals("INDIRECT_ACQUISITION") && rnd.nextInt(4) > 0) {
            ObjectNode entity = a.putObject("directHoldingEntity");
            maybe(() -> entity.put("name", "Holding " + rnd.nextInt(1000)));
            maybe(() -> entity.put("country", pick(COUNTRIES.stream().filter(c -> !c.equals("JP")).toList())));
            maybe(() -> entity.put("investorVotingRightsAfterPercent", percent(BigDecimal.valueOf(100))));
            maybe(() -> entity.put("relatedPersonsBoardMajority", rnd.nextBoolean()));
            maybe(() -> entity.put("holdingInTargetPercent", percent(BigDecimal.valueOf(100))));
        }
        return a;
    }

    /** A percent between 0 and {@code max}: often an edge of a threshold, else with 0 to 6 decimals. */
    private BigDecimal percent(BigDecimal max) {
        BigDecimal p = rnd.nextBoolean() ? new BigDecimal(pick(EDGE_PERCENTS))
                : BigDecimal.valueOf(rnd.nextDouble() * 100).setScale(rnd.nextInt(7), RoundingMode.DOWN);
        return p.compareTo(max) > 0 ? max : p;
    }

    private BigDecimal yen() {
        return pick(List.of(BigDecimal.ZERO, new BigDecimal("100000000"), new BigDecimal("1000000000"), new BigDecimal("1e16"),
                BigDecimal.valueOf(rnd.nextLong() & Long.MAX_VALUE, 0).min(new BigDecimal("1e16"))));
    }

    private void maybe(Runnable r) {
        if (rnd.nextBoolean()) {
            r.run();
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
