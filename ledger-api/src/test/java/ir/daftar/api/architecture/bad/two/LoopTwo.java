package ir.daftar.api.architecture.bad.two;

import ir.daftar.api.architecture.bad.one.LoopOne;

/** The other half of a package cycle, for {@code ArchitectureRulesBiteTest}. */
public class LoopTwo {
    LoopOne other;
}
