package ir.daftar.core.contact;

import java.util.Objects;

/** A7: the two channels through which every notice of a case is sent. */
public record ContactDetails(MobileNumber mobile, ElectronicAddress electronicAddress) {

    public ContactDetails {
        Objects.requireNonNull(mobile, "mobile");
        Objects.requireNonNull(electronicAddress, "electronicAddress");
    }
}
