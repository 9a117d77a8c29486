package ir.daftar.api.kanoon;

import ir.daftar.api.web.PageController;
import ir.daftar.core.calendar.JalaliDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A27 (ADR 1310): the board members' page of {@link KanoonBoardController}: the Kanoon's meetings, the motions and
 * how they were decided, the elections with their published ballots, tallies and recounts, and the officers.
 */
@PageController
class KanoonBoardPages {

    private final KanoonBoardController board;

    KanoonBoardPages(KanoonBoardController board) {
        this.board = board;
    }

    @GetMapping("/kanoon/{kanoonId:[A-Za-z0-9\\-]{1,64}}/meetings")
    String meetings(@PathVariable String kanoonId, Model model) {
        KanoonBoardController.BoardActs acts = board.acts(kanoonId);
        Map<String, LocalDate> days = new LinkedHashMap<>();
        acts.meetings().forEach(m -> days.put(m.meetingId(), JalaliDate.parse(m.heldOn()).toGregorian()));
        model.addAttribute("acts", acts);
        model.addAttribute("days", days);
        return "kanoon/meetings";
    }
}
