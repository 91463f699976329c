package dev.shinsa.domain;

/** Specified foreign investor status introduced on 19 May 2025 (Type A, and Type B "quasi"). */
public enum SpecifiedForeignInvestorType {
    NONE,
    TYPE_A,
    TYPE_B
}
