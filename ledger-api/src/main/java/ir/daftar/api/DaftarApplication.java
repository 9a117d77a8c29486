package ir.daftar.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Daftar: the event-sourced ledger of judicial electronic services offices. */
@SpringBootApplication(scanBasePackages = {"ir.daftar.api", "ir.daftar.projections"})
public class DaftarApplication {

    /** Set before anything of Axon loads: a court system must not call out (an application property is not enough). */
    public static void disableUpdateChecker() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        disableUpdateChecker();
        // Axon's twelve-line invitation to its hosted console: nothing an operator of this ledger needs at start
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(DaftarApplication.class, args);
    }
}
