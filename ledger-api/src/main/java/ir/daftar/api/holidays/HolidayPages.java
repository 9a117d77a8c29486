package ir.daftar.api.holidays;

import ir.daftar.api.holidays.HolidayRequests.HolidayInput;
import ir.daftar.api.holidays.HolidayRequests.HolidayListRequest;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holidays deadlines use, for administrators (A8, A36, ADR 0800): a year's holidays, official or provisional,
 * where its official list comes from, how the computed lunar dates differ from the official ones, and the form
 * that loads the year's official list (one holiday a line, as in the shipped files). Asks
 * {@link HolidayAdminController}: the same event, the same refusals.
 */
@PageController
class HolidayPages {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final HolidayAdminController holidays;
    private final PageForms forms;
    private final PageProblems problems;

    HolidayPages(HolidayAdminController holidays, PageForms forms, PageProblems problems) {
        this.holidays = holidays;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping("/admin/holidays")
    String year(@RequestParam(required = false) Integer year, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        int shown = year == null ? JalaliDate.of(LocalDate.now(TEHRAN)).year() : year;
        try {
            show(shown, model);
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
            model.addAttribute("year", shown);
        }
        return "admin/holidays";
    }

    /** Loads the official list of {@code year}: each line a Jalali date, an optional lunar holiday code and a name. */
    @PostMapping("/admin/holidays/{year:[0-9]{1,4}}")
    String load(@PathVariable int year, @RequestParam(required = false) String sourceDocument,
                @RequestParam(required = false) String lines, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        try {
            holidays.load(year, forms.valid(new HolidayListRequest(PageForms.blankToNull(sourceDocument), inputs(lines))));
            redirect.addFlashAttribute("done", "page.admin.holidays.loaded");
            return "redirect:/admin/holidays?year=" + year;
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
            model.addAttribute("sourceDocument", sourceDocument);
            model.addAttribute("lines", lines);
            try {
                show(year, model);
            } catch (RuntimeException unknownYear) {
                model.addAttribute("year", year);
            }
            return "admin/holidays";
        }
    }

    private void show(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", holidays.year(year));
        model.addAttribute("lunarCodes", List.of(LunarHoliday.values()));
    }

    /**
     * The form's lines as the API's holidays, in the shipped files' format ({@code 1405/04/05 ASHURA عاشورا});
     * blank lines and {@code #} comments skipped. A line is not judged here: its date is checked by the API, which
     * names the line as {@code holidays[i].date}.
     */
    static List<HolidayInput> inputs(String lines) {
        List<HolidayInput> inputs = new ArrayList<>();
        if (lines == null) {
            return inputs;
        }
        for (String line : lines.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            LunarHoliday lunar = parts.length > 1 ? LunarHoliday.byCode(parts[1]).orElse(null) : null;
            String name = lunar != null ? (parts.length > 2 ? parts[2] : lunar.nameFa())
                    : text.substring(parts[0].length()).strip();
            inputs.add(new HolidayInput(parts[0], name, lunar));
        }
        return inputs;
    }
}
