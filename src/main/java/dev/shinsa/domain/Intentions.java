package dev.shinsa.domain;

/** What the investor intends to do after the act; the exemption criteria are met only when the relevant ones are all false. */
public record Intentions(
        boolean boardSeat,
        boolean proposeBusinessTransferOrAbolition,
        boolean accessNonPublicTechnology,
        boolean attendCoreDecisionMeetings,
        boolean writtenProposalsWithDeadline,
        boolean accessAnyNonPublicInformation) {

    public static final Intentions NONE = new Intentions(false, false, false, false, false, false);

    public boolean isBoardSeat() { return boardSeat; }
    public boolean isProposeBusinessTransferOrAbolition() { return proposeBusinessTransferOrAbolition; }
    public boolean isAccessNonPublicTechnology() { return accessNonPublicTechnology; }
    public boolean isAttendCoreDecisionMeetings() { return attendCoreDecisionMeetings; }
    public boolean isWrittenProposalsWithDeadline() { return writtenProposalsWithDeadline; }
    public boolean isAccessAnyNonPublicInformation() { return accessAnyNonPublicInformation; }
}
