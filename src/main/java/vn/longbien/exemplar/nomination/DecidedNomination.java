package vn.longbien.exemplar.nomination;

/** A decision with the nomination it was taken on. */
public record DecidedNomination(NominationDecision decision, Nomination nomination) {}
