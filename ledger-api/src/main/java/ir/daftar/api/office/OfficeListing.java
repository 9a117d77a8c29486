package ir.daftar.api.office;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The offices as {@code GET /api/v1/offices} lists them ({@link OfficeController#list()}: the same policy and the same
 * record), for the pages of another feature that show offices beside their own data (the Kanoons' pages show the
 * offices each Kanoon covers). Ask it only for a role that endpoint admits.
 */
@Component
public class OfficeListing {

    /** An office, the province and city it names. */
    public record ListedOffice(String officeId, String name, String province, String city) {
    }

    private final OfficeController offices;

    OfficeListing(OfficeController offices) {
        this.offices = offices;
    }

    public List<ListedOffice> offices() {
        return offices.list().stream().map(o -> new ListedOffice(o.officeId(), o.name(), o.province(), o.city())).toList();
    }
}
