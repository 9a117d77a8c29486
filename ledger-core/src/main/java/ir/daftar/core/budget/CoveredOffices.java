package ir.daftar.core.budget;

import java.util.List;

/** Port, A25/A29: the offices a Kanoon covers now (by their province and the Kanoons formed), in a stable order. */
public interface CoveredOffices {

    List<String> coveredBy(String kanoonId);
}
