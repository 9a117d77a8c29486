package ir.daftar.core.kanoon;

import java.util.Optional;

/** Port, A25: the province an office is in now (as registered, or as its last approved relocation moved it). */
public interface OfficeLocator {

    /** The office's province, empty when the office is unknown or names no province this ledger knows. */
    Optional<Province> provinceOf(String officeId);
}
