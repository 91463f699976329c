package dev.shinsa.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A transaction to screen, as of the date the act takes place. */
public final class Transaction {
    private final String transactionId;
    private final LocalDate asOf;
    private final Investor investor;
    private final Target target;
    private final Act act;
    private final boolean exemptionClaimed;
    private final Intentions intentions;

    public Transaction(String transactionId, LocalDate asOf, Investor investor, Target target, Act act,
                       boolean exemptionClaimed, Intentions intentions) {
        this.transactionId = transactionId;
        this.asOf = asOf;
        this.investor = investor;
        this.target = target;
        this.act = act;
        this.exemptionClaimed = exemptionClaimed;
        this.intentions = intentions;
    }

    public String getTransactionId() { return transactionId; }
    public LocalDate getAsOf() { return asOf; }
    public Investor getInvestor() { return investor; }
    public Target getTarget() { return target; }
    public Act getAct() { return act; }
    public boolean isExemptionClaimed() { return exemptionClaimed; }
    public Intentions getIntentions() { return intentions; }

    /** The investor and every shareholder in its chain, parents before children. */
    public List<Party> parties() {
        List<Party> all = new ArrayList<>();
        collect(investor.getParty(), all);
        return all;
    }

    private static void collect(Party p, List<Party> into) {
        into.add(p);
        for (Party s : p.getShareholders()) {
            collect(s, into);
        }
    }
}
