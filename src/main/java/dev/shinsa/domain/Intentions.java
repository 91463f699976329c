package dev.shinsa.domain;

/**
 * What the investor intends to do after the act; the exemption criteria are met only when the relevant ones
 * are all false. Each is null when the request does not say: an intention not stated is not taken to be false.
 */
public record Intentions(
        Boolean boardSeat,
        Boolean proposeBusinessTransferOrAbolition,
        Boolean accessNonPublicTechnology,
        Boolean attendCoreDecisionMeetings,
        Boolean writtenProposalsWithDeadline,
        Boolean accessAnyNonPublicInformation) {

    public boolean isBoardSeat() { return Boolean.TRUE.equals(boardSeat); }
    public boolean isProposeBusinessTransferOrAbolition() { return Boolean.TRUE.equals(proposeBusinessTransferOrAbolition); }
    public boolean isAccessNonPublicTechnology() { return Boolean.TRUE.equals(accessNonPublicTechnology); }
    public boolean isAttendCoreDecisionMeetings() { return Boolean.TRUE.equals(attendCoreDecisionMeetings); }
    public boolean isWrittenProposalsWithDeadline() { return Boolean.TRUE.equals(writtenProposalsWithDeadline); }
    public boolean isAccessAnyNonPublicInformation() { return Boolean.TRUE.equals(accessAnyNonPublicInformation); }
}
