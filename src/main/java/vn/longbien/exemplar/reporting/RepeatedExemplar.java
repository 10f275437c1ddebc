package vn.longbien.exemplar.reporting;

import java.util.List;

/**
 * One exemplar of the registry recognised in several rounds: {@code kind} is the nominee kind ({@code ca-nhan},
 * {@code tap-the}, {@code ho-gia-dinh}), {@code unitCode} the unit that nominated it, {@code years} the rounds that
 * recognised it, in order.
 */
public record RepeatedExemplar(long exemplarId, String name, String kind, String unitCode, List<Integer> years) {}
