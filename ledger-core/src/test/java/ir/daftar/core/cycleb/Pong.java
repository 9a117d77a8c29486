package ir.daftar.core.cycleb;

import ir.daftar.core.cyclea.Ping;

/** The other half of the package cycle the architecture rule must report (test code only). */
public record Pong(Ping ping) {
}
