package ir.daftar.api.kanoon;

import ir.daftar.api.office.OfficeListing;
import ir.daftar.api.office.OfficeListing.ListedOffice;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.web.PageController;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.kanoon.BoardSeatKind;
import ir.daftar.core.kanoon.Province;
import ir.daftar.core.kanoon.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Kanoons on pages (A25, A26, A28; ADR 1300, issue 18): every Kanoon with its province and the provinces it covers
 * (its own, and those without a Kanoon whose nearest it is), with the offices it covers for those who may list the
 * offices; and a Kanoon's board: each seat's term with the days to its end, the inspectors' roster and the
 * inspections the board ordered. The reads are {@link KanoonController}'s, and the offices' the offices' API's.
 */
@PageController
class KanoonPages {

    static final String KANOONS = "/governance/kanoons";

    private final KanoonController kanoons;
    private final OfficeListing offices;

    KanoonPages(KanoonController kanoons, OfficeListing offices) {
        this.kanoons = kanoons;
        this.offices = offices;
    }

    /** A26: a seat as the page shows it, its term's days as dates (Jalali shown, Gregorian in the title). */
    record Seat(BoardSeatKind kind, String name, LocalDate termStart, LocalDate termEnd, long daysLeft, boolean endingSoon) {
        static Seat of(KanoonController.SeatView s) {
            return new Seat(s.kind(), s.name(), JalaliDate.parse(s.termStart()).toGregorian(),
                    JalaliDate.parse(s.termEnd()).toGregorian(), s.daysLeft(), s.endingSoon());
        }
    }

    @GetMapping(KANOONS)
    String list(Model model) {
        KanoonController.Coverage coverage = kanoons.coverage();
        // the provinces each Kanoon covers, its own first
        Map<String, List<KanoonController.ProvinceCoverage>> covered = new LinkedHashMap<>();
        coverage.kanoons().forEach(k -> covered.put(k, new ArrayList<>()));
        coverage.provinces().stream().filter(p -> p.kanoonId() != null)
                .sorted((a, b) -> Boolean.compare(b.ownKanoon(), a.ownKanoon()))
                .forEach(p -> covered.computeIfAbsent(p.kanoonId(), k -> new ArrayList<>()).add(p));
        Map<String, Province> provinceOf = new LinkedHashMap<>();
        coverage.provinces().stream().filter(KanoonController.ProvinceCoverage::ownKanoon)
                .forEach(p -> Provinces.find(p.provinceCode()).ifPresent(found -> provinceOf.put(p.kanoonId(), found)));
        Map<String, Province> provinces = new LinkedHashMap<>();
        Provinces.all().forEach(p -> provinces.put(p.code(), p));
        model.addAttribute("provinces", provinces);
        model.addAttribute("coverage", coverage);
        model.addAttribute("covered", covered);
        model.addAttribute("provinceOf", provinceOf);
        ActorRole role = CurrentActor.signedIn().role();
        Map<String, List<ListedOffice>> officesOf = new LinkedHashMap<>();
        boolean listsOffices = role == ActorRole.GD_OFFICER || role == ActorRole.ADMIN;
        if (listsOffices) {
            Map<String, String> kanoonOfProvince = new LinkedHashMap<>();
            coverage.provinces().forEach(p -> {
                if (p.kanoonId() != null) {
                    kanoonOfProvince.put(p.provinceCode(), p.kanoonId());
                }
            });
            for (ListedOffice o : offices.offices()) {
                String kanoon = Provinces.find(o.province()).map(p -> kanoonOfProvince.get(p.code())).orElse(null);
                if (kanoon != null) {
                    officesOf.computeIfAbsent(kanoon, k -> new ArrayList<>()).add(o);
                }
            }
        }
        model.addAttribute("listsOffices", listsOffices);
        model.addAttribute("officesOf", officesOf);
        return "governance/kanoons";
    }

    @GetMapping(KANOONS + "/{kanoonId:[a-z0-9\\-]{1,64}}")
    String board(@PathVariable String kanoonId, Model model) {
        KanoonController.Board board = kanoons.board(kanoonId);
        model.addAttribute("board", board);
        model.addAttribute("seats", board.seats().stream().map(Seat::of).toList());
        model.addAttribute("province", Provinces.all().stream().filter(p -> p.code().equals(board.provinceCode()))
                .findFirst().orElse(null));
        return "governance/kanoon";
    }
}
