package ir.daftar.api.holidays;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.holidays.HolidayRequests.HolidayInput;
import ir.daftar.api.holidays.HolidayRequests.HolidayListRequest;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.HolidayListCommand.LoadOfficialHolidays;
import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.OfficialHolidayLists;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADR 0800: an administrator loads the official holiday list of a Jalali year (an event, with who,
 * when and the source document) and reads the year's holidays: official, provisional, and how the
 * computed lunar dates differ from the official ones.
 */
@RestController
@Tag(name = ApiDocs.TAG_ADMIN)
class HolidayAdminController {

    private static final String YEAR = "{year:[0-9]{1,4}}";

    private final CommandGateway commands;
    private final QueryGateway queries;

    HolidayAdminController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The answer to a load: the year, its revision and the version of the holiday list deadlines now use. */
    record LoadedList(int year, int revision, String sourceDocument, int holidays) {
    }

    /** {@code curl -X POST -H 'Content-Type: application/json' --data @holidays-1405.json .../api/v1/admin/holidays/1405} */
    @Operation(summary = "Load the official holiday list of a year", description = """
            A8/A36 (ADR 0800): records the complete official holiday list of a Jalali year (every holiday but \
            Fridays), as published, with the document it was taken from; who loaded it and when are recorded \
            with it (OfficialHolidaysLoaded). It replaces the shipped file and the provisional lunar dates of the \
            year (mark each lunar holiday with `lunar`). Every notice whose deadline still runs is then computed \
            again; a deadline whose dates change gets a new DeadlineRecomputed event, the old one stays.""" + ApiDocs.ROLES
            + "ADMIN.")
    @ApiResponse(responseCode = "201", description = "Loaded (OfficialHolidaysLoaded)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"sourceDocument":"تقویم رسمی ۱۴۰۵، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران",
             "holidays":[{"date":"1405/01/01","name":"عید نوروز"},
                         {"date":"1405/04/05","name":"عاشورای حسینی","lunar":"ASHURA"}]}""")))
    @SendsCommand
    @PostMapping("/api/v1/admin/holidays/" + YEAR)
    ResponseEntity<LoadedList> load(@PathVariable int year, @Valid @RequestBody HolidayListRequest body) {
        Inputs in = new Inputs();
        requireYear(year);
        List<HolidayEntry> entries = new ArrayList<>();
        for (int i = 0; i < body.holidays().size(); i++) {
            HolidayInput h = body.holidays().get(i);
            String field = "holidays[" + i + "]";
            JalaliDate date = in.field(field + ".date", () -> JalaliDate.parse(h.date()));
            HolidayEntry entry = date == null ? null : in.field(field + ".name", () -> new HolidayEntry(date, h.name(), h.lunar()));
            if (entry != null) {
                entries.add(entry);
            }
        }
        in.check();
        OfficialHolidaysLoaded loaded = commands.sendAndWait(new LoadOfficialHolidays(OfficialHolidayLists.ID, year,
                entries, body.sourceDocument()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new LoadedList(loaded.year(), loaded.revision(),
                loaded.sourceDocument(), loaded.holidays().size()));
    }

    @Operation(summary = "The holidays of a year, official and provisional", description = """
            A8/A36 (ADR 0800): the holidays deadlines use for a Jalali year: the official list in force (loaded \
            by an administrator, with its source, or the shipped file), the lunar holidays computed with ICU and \
            marked provisional where no official list gives them, and for each lunar holiday the difference in \
            days between the computed and the official date.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The year's holidays")
    @GetMapping("/api/v1/admin/holidays/" + YEAR)
    HolidayYear year(@PathVariable int year) {
        requireYear(year);
        return queries.query(new FindHolidayYear(year), HolidayYear.class).join();
    }

    private static void requireYear(int year) {
        if (year < HolidayLists.FIRST_YEAR || year > HolidayLists.LAST_YEAR) {
            throw InvalidInput.of("year", "INVALID", "a Jalali year from " + HolidayLists.FIRST_YEAR + " to "
                    + HolidayLists.LAST_YEAR);
        }
    }
}
