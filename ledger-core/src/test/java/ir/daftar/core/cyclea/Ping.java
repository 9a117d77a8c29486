package ir.daftar.core.cyclea;

import ir.daftar.core.cycleb.Pong;

/** Half of a package cycle the architecture rule must report (test code only). */
public record Ping(Pong pong) {
}
