package dev.shinsa.screening;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shinsa.domain.AcquisitionCause;
import dev.shinsa.domain.Act;
import dev.shinsa.domain.ActType;
import dev.shinsa.domain.DirectHoldingEntity;
import dev.shinsa.domain.Intentions;
import dev.shinsa.domain.Loan;
import dev.shinsa.domain.Investor;
import dev.shinsa.domain.InvestorKind;
import dev.shinsa.domain.Party;
import dev.shinsa.domain.Proposal;
import dev.shinsa.domain.SectorClass;
import dev.shinsa.domain.SpecifiedForeignInvestorType;
import dev.shinsa.domain.Target;
import dev.shinsa.domain.Transaction;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.refdata.ListedCompanies;
import dev.shinsa.refdata.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a schema-valid request body into the facts the rules read, checking what the schema
 * cannot: sector codes against the rule set's vocabulary, the date against the rule set's
 * coverage, and the consistency of holdings and shareholder stakes. All problems are collected.
 */
public final class TransactionMapper {
    /** The calendar in which a transaction date without {@code asOf} is "today". */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final int MAX_SHAREHOLDER_DEPTH = 10;
    static final int MAX_SHAREHOLDERS = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleSet ruleSet;
    private final List<FieldError> errors = new ArrayList<>();
    private int shareholderCount;
    /** The transaction date, set before the parties are read (each party's country is looked up on it). */
    private LocalDate asOf;

    private TransactionMapper(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * What can be checked against the rule set on the raw body, so that it is reported together
     * with the schema's findings: unknown sector codes and a date before the rules' coverage.
     */
    public static List<FieldError> checkAgainstRuleSet(JsonNode body, RuleSet ruleSet) {
        List<FieldError> out = new ArrayList<>();
        JsonNode sectors = body.path("target").path("sectors");
        for (int i = 0; sectors.isArray() && i < sectors.size(); i++) {
            JsonNode code = sectors.get(i);
            if (code.isTextual() && !ruleSet.sectors().contains(code.asText())) {
                out.add(new FieldError("target.sectors[" + i + "]", "unknown sector code '" + code.asText()
                        + "' (GET /api/v1/sectors lists the codes)"));
            }
        }
        JsonNode asOf = body.path("asOf");
        if (asOf.isTextual() && ruleSet.coverageFrom() != null) {
            try {
                if (LocalDate.parse(asOf.asText()).isBefore(ruleSet.coverageFrom())) {
                    out.add(new FieldError("asOf", "is before " + ruleSet.coverageFrom()
                            + ", the earliest date these rules cover (rule set " + ruleSet.version() + ")"));
                }
            } catch (java.time.format.DateTimeParseException e) {
                // the schema reports the malformed date
            }
        }
        return out;
    }

    public static Transaction map(JsonNode body, RuleSet ruleSet, LocalDate today) {
        TransactionMapper m = new TransactionMapper(ruleSet);
        Transaction tx = m.transaction(body, today);
        if (!m.errors.isEmpty()) {
            throw new InvalidTransactionException("invalid_transaction", m.errors.size() + " problem(s) in the transaction", m.errors);
        }
        return tx;
    }

    /**
     * The checks between fields that the mapping makes, on a body that failed other checks (so that one answer
     * lists every problem): the investor, the target and the act each on their own, so that a part that cannot
     * be read (a value the schema refused) does not hide the problems of the others.
     */
    public static List<FieldError> crossFieldChecks(JsonNode b, RuleSet ruleSet, LocalDate today) {
        TransactionMapper m = new TransactionMapper(ruleSet);
        m.asOf = today;
        attempt(() -> {
            if (has(b, "asOf")) {
                m.asOf = LocalDate.parse(b.get("asOf").asText());
            }
        });
        attempt(() -> m.party(b.get("investor"), "investor", null));
        attempt(() -> m.target(b.get("target"), m.asOf));
        attempt(() -> m.act(b.get("act")));
        return m.errors;
    }

    private static void attempt(Runnable part) {
        try {
            part.run();
        } catch (RuntimeException e) {
            // a value of this part that the schema or the rule-set checks already report
        }
    }

    private Transaction transaction(JsonNode b, LocalDate today) {
        LocalDate asOf = today;
        if (has(b, "asOf")) {
            asOf = LocalDate.parse(b.get("asOf").asText());
        }
        this.asOf = asOf;
        JsonNode inv = b.get("investor");
        Party root = party(inv, "investor", null);
        List<String> aliases = new ArrayList<>();
        inv.path("aliases").forEach(a -> aliases.add(a.asText()));
        Investor investor = new Investor(root, aliases,
                bool(inv, "foreignFinancialInstitution"), bool(inv, "stateOwned"), bool(inv, "accreditedByMof"),
                bool(inv, "priorFeftaViolation"),
                specifiedType(inv, asOf),
                bool(inv, "iranRelated"), ruleSet.countries().inAppendedTable1(root.getCountry(), asOf),
                bool(inv, "actingForHighRiskForeignInvestor"));
        Target target = target(b.get("target"), asOf);
        Act act = act(b.get("act"));
        JsonNode i = b.path("intentions");
        Intentions intentions = new Intentions(stated(i, "boardSeat"), stated(i, "proposeBusinessTransferOrAbolition"),
                stated(i, "accessNonPublicTechnology"), stated(i, "attendCoreDecisionMeetings"),
                stated(i, "writtenProposalsWithDeadline"), stated(i, "accessAnyNonPublicInformation"));
        return new Transaction(text(b, "transactionId"), asOf, investor, target, act,
                bool(b.path("exemption"), "claimed"), intentions);
    }

    private Party party(JsonNode n, String path, Party parent) {
        Party p = new Party(path, parent, text(n, "name"), InvestorKind.valueOf(n.get("kind").asText()), text(n, "country"),
                decimal(n, "votingRightsPercent"), decimal(n, "foreignVotingRightsPercent"),
                bool(n, "nonResidentDirectorsMajority"), bool(n, "nonResidentRepresentativeDirectorsMajority"),
                decimal(n, "foreignContributionPercent"),
                stated(n, "foreignGeneralPartnersMajority"),
                ruleSet.countries().inAppendedTable1(text(n, "country"), asOf));
        JsonNode shareholders = n.path("shareholders");
        if (shareholders.isEmpty()) {
            return p;
        }
        if (p.getDepth() + 1 > MAX_SHAREHOLDER_DEPTH) {
            errors.add(new FieldError(path + ".shareholders", "nests deeper than " + MAX_SHAREHOLDER_DEPTH
                    + " levels of shareholders below the investor, the most that is looked through"));
            return p;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < shareholders.size(); i++) {
            if (++shareholderCount > MAX_SHAREHOLDERS) {
                if (shareholderCount == MAX_SHAREHOLDERS + 1) {
                    // Once: the lists above this one, still being read, stop here too.
                    errors.add(new FieldError("investor.shareholders", "lists more than " + MAX_SHAREHOLDERS
                            + " shareholders in all, at every level together"));
                }
                return p;
            }
            Party child = party(shareholders.get(i), path + ".shareholders[" + i + "]", p);
            if (child.getVotingRightsPercent() != null) {
                total = total.add(child.getVotingRightsPercent());
            }
        }
        if (total.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(path + ".shareholders", "the shareholders' votingRightsPercent add up to "
                    + total.toPlainString() + ", more than 100"));
        }
        return p;
    }

    /**
     * The investor's specified-foreign-investor type in force on {@code asOf}: before the regime's
     * start (ruleset.yaml legalDates {@code specifiedForeignInvestors}) there are no Type A or Type B
     * investors, so the type given is read as NONE (reference 7.2).
     */
    private SpecifiedForeignInvestorType specifiedType(JsonNode inv, LocalDate asOf) {
        if (!has(inv, "specifiedForeignInvestor")) {
            return SpecifiedForeignInvestorType.NONE;
        }
        SpecifiedForeignInvestorType given = SpecifiedForeignInvestorType.valueOf(inv.get("specifiedForeignInvestor").asText());
        LocalDate from = ruleSet.legalDate(SPECIFIED_FOREIGN_INVESTORS_FROM);
        return from != null && asOf.isBefore(from) ? SpecifiedForeignInvestorType.NONE : given;
    }

    /** The legalDates entry that starts the specified foreign investor regime. */
    static final String SPECIFIED_FOREIGN_INVESTORS_FROM = "specifiedForeignInvestors";

    private Target target(JsonNode t, LocalDate asOf) {
        List<String> sectors = null;
        if (has(t, "sectors")) {
            sectors = new ArrayList<>();
            JsonNode list = t.get("sectors");
            for (int i = 0; i < list.size(); i++) {
                sectors.add(list.get(i).asText());
            }
        }
        SectorClass override = has(t, "sectorClass") ? SectorClass.valueOf(t.get("sectorClass").asText()) : null;
        SectorClass fromSectors = null;
        List<String> designated = new ArrayList<>();
        List<String> specified = new ArrayList<>();
        if (sectors != null) {
            fromSectors = SectorClass.NON_DESIGNATED;
            for (String code : sectors) {
                Sector s = ruleSet.sectors().get(code);
                SectorClass c = s.classOn(asOf);
                fromSectors = SectorClass.max(fromSectors, c);
                if (c.isDesignated()) {
                    designated.add(code + " (" + c.name().toLowerCase().replace('_', '-') + ")");
                }
                if (s.specifiedAcquisitionOn(asOf)) {
                    specified.add(code);
                }
            }
        }
        ListedCompanies.Entry listedEntry = t.get("listed").asBoolean()
                ? ruleSet.listedCompanies().lookup(text(t, "securitiesCode"), asOf) : null;
        SectorClass effective = override != null ? override : listedEntry != null ? listedEntry.sectorClass() : fromSectors;
        String basis;
        if (override != null) {
            basis = "sectorClass " + override + " given in the request";
        } else if (listedEntry != null) {
            basis = "MOF listed-company list of " + ruleSet.listedCompanies().asOf() + ": " + listedEntry.securitiesCode()
                    + " category " + listedEntry.category() + " (" + listedEntry.sectorClass().name().toLowerCase().replace('_', '-') + ")"
                    + (listedEntry.designatedCoreBusinessEntity() ? ", designated core business entity" : "");
        } else if (fromSectors != null) {
            basis = designated.isEmpty() ? (sectors.isEmpty() ? "no sectors given" : "no designated sector among " + String.join(", ", sectors))
                    : "designated sectors on " + asOf + ": " + String.join(", ", designated);
        } else {
            basis = "not given";
        }
        boolean dcbe = bool(t, "designatedCoreBusinessEntity") || (listedEntry != null && listedEntry.designatedCoreBusinessEntity());
        LocalDate dcbeFrom = ruleSet.legalDate(SPECIFIED_FOREIGN_INVESTORS_FROM);
        if (dcbe && dcbeFrom != null && asOf.isBefore(dcbeFrom)) {
            // Designated core business entities came with the specified foreign investor regime (reference 0, 7.2):
            // before it the status does not exist, and the target's class is what its sectors or the list make it.
            dcbe = false;
            basis = basis + " (designatedCoreBusinessEntity not applied: designated core business entities exist from " + dcbeFrom + ")";
        }
        if (dcbe && effective != SectorClass.CORE) {
            // A designated core business entity is a core-sector company (reference 4.2, 7.1), whatever else is given.
            basis = "designated core business entity, so a core-sector company; otherwise: " + basis;
            effective = SectorClass.CORE;
        }
        Target.ListedClass listedClass = override == null && listedEntry != null
                ? new Target.ListedClass(listedEntry.category(), listedEntry.sectorClass(), ruleSet.listedCompanies().asOf()) : null;
        return new Target(text(t, "name"), text(t, "securitiesCode"), t.get("listed").asBoolean(), sectors,
                dcbe, effective, basis, designated,
                sectors == null ? null : !specified.isEmpty(), specified, fromSectors, listedClass);
    }

    private Act act(JsonNode a) {
        ActType type = ActType.valueOf(a.get("type").asText());
        BigDecimal before = decimal(a, "holdingBeforePercent");
        BigDecimal after = decimal(a, "holdingAfterPercent");
        BigDecimal related = decimal(a, "closelyRelatedPersonsPercent");
        if (before != null && after != null && after.compareTo(before) < 0
                && (type == ActType.SHARE_ACQUISITION || type == ActType.VOTING_RIGHTS_ACQUISITION)) {
            errors.add(new FieldError("act.holdingAfterPercent", "is " + after.toPlainString()
                    + ", below holdingBeforePercent " + before.toPlainString() + ": an acquisition cannot reduce the holding"));
        }
        if (after != null && related != null && after.add(related).compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("act.closelyRelatedPersonsPercent", "with holdingAfterPercent it adds up to "
                    + after.add(related).toPlainString() + ", more than 100"));
        }
        Proposal proposal = has(a, "proposal") ? Proposal.valueOf(a.get("proposal").asText()) : null;
        if (type == ActType.CONSENT_TO_PROPOSAL && proposal == null) {
            errors.add(new FieldError("act.proposal", "is required when act.type is CONSENT_TO_PROPOSAL"));
        }
        Loan loan = null;
        if (has(a, "loan")) {
            JsonNode l = a.get("loan");
            loan = new Loan(decimal(l, "amountYen"), has(l, "termMonths") ? l.get("termMonths").asInt() : null,
                    decimal(l, "outstandingAfterYen"), decimal(l, "bondsHeldYen"), decimal(l, "borrowerLiabilitiesYen"),
                    bool(l, "yenLoanByResident"), bool(l, "lenderIsFinancialInstitutionInBusiness"));
        }
        return new Act(type, before, after, related, bool(a, "sellerIsForeignInvestor"), proposal, loan,
                type == ActType.INDIRECT_ACQUISITION ? directHoldingEntity(a.path("directHoldingEntity")) : null,
                bool(a, "directorReappointment"),
                has(a, "acquisitionCause") ? AcquisitionCause.valueOf(a.get("acquisitionCause").asText()) : null);
    }

    /**
     * The holding entity of an indirect acquisition, also when the request omits it: every field is then
     * not given, and the rules name each one that decides the answer (never read as zero or false).
     */
    private static DirectHoldingEntity directHoldingEntity(JsonNode h) {
        return new DirectHoldingEntity(text(h, "name"), text(h, "country"), decimal(h, "investorVotingRightsAfterPercent"),
                has(h, "relatedPersonsBoardMajority") ? h.get("relatedPersonsBoardMajority").asBoolean() : null,
                decimal(h, "holdingInTargetPercent"));
    }

    private static boolean has(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull();
    }

    private static String text(JsonNode n, String field) {
        return has(n, field) ? n.get(field).asText() : null;
    }

    private static boolean bool(JsonNode n, String field) {
        return has(n, field) && n.get(field).asBoolean();
    }

    /** A boolean the answer may turn on: null when the request does not give it. */
    private static Boolean stated(JsonNode n, String field) {
        return has(n, field) ? n.get(field).asBoolean() : null;
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        return has(n, field) ? n.get(field).decimalValue() : null;
    }
}
