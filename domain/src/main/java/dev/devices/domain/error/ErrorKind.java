package dev.devices.domain.error;

/**
 * The kinds of domain failure, one per {@link DomainException} subclass. Each transport maps them in
 * one exhaustive {@code switch}: a kind added here fails the build until every transport says what it
 * answers.
 */
public enum ErrorKind {
    /** Missing, or outside the caller's reach: one answer for both. */
    NOT_FOUND,
    /** Input that breaks a rule. */
    INVALID_INPUT,
    /** Valid, but clashing with the current state. */
    CONFLICT,
    /** Reached, but not allowed. */
    FORBIDDEN
}
