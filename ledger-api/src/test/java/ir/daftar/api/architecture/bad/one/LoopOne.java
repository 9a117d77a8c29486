package ir.daftar.api.architecture.bad.one;

import ir.daftar.api.architecture.bad.two.LoopTwo;

/** Half of a package cycle, for {@code ArchitectureRulesBiteTest}. */
public class LoopOne {
    LoopTwo other;
}
