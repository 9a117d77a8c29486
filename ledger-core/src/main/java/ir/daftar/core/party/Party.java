package ir.daftar.core.party;

import ir.daftar.core.common.Digits;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.util.Objects;

/**
 * A party of a filing: the applicant or a defendant. The identifier is the national code
 * (natural person, 10 digits) or the legal person's national id (11 digits); it may be absent
 * only for a defendant whose identity the applicant does not know.
 */
public record Party(PersonType type, String identifier, String name) {

    public Party {
        Objects.requireNonNull(type, "type");
        name = PersianText.normalize(name);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("party name is required (at most 200 characters)");
        }
        if (identifier != null) {
            boolean valid = type == PersonType.NATURAL ? NationalCode.isValid(identifier) : LegalPersonId.isValid(identifier);
            if (!valid) {
                throw new RuleViolation(Rule.A2_PARTY_IDENTIFIER_INVALID,
                        type == PersonType.NATURAL ? "national code fails its check digit" : "legal person id fails its check digit");
            }
        }
    }

    /** Builds a party from what a person typed: digits and letters normalized. */
    public static Party of(PersonType type, String rawIdentifier, String name) {
        String id = rawIdentifier == null || rawIdentifier.isBlank() ? null : Digits.digitsOnly(rawIdentifier);
        return new Party(type, id, name);
    }

    public boolean hasIdentifier() {
        return identifier != null;
    }

    @Override
    public String toString() {
        return "Party[" + type + ", " + (identifier == null ? "unidentified" : "id ending " + identifier.substring(identifier.length() - 3)) + "]";
    }
}
