package ir.daftar.projections.officeregistry;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.establishment.Applicant;
import ir.daftar.core.establishment.OfficeCallEvent;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.DisciplinaryRulingLifted;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceRequired;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.OfficeStatus;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.RegisteredOffice;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.WorkItem;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.WorkKind;
import ir.daftar.projections.privacy.HmacPersonalDataHasher;
import ir.daftar.projections.testing.Axon;
import ir.daftar.projections.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office registry (ADR 0930): filters by province, status, licence and staffing; the GD's work queue; a rebuild. */
class OfficeRegistryProjectionH2Test {

    static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    static final String[] CODES = {"0011000015", "0011000023", "0011000031", "0011000041", "0011000058"};

    private TestDatabase database;
    private OfficeRegistryProjection projection;
    private Axon axon;
    private long sequence;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        projection = new OfficeRegistryProjection(database.jdbc(),
                new HmacPersonalDataHasher("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8)));
        axon = new Axon(projection);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private void feed(OfficeEvent event, Instant at) {
        axon.feed(new GenericDomainEventMessage<>("Office", event.officeId(), sequence++, event, Map.of(), "e-" + sequence, at));
    }

    private void feed(OfficeCallEvent event, Instant at) {
        axon.feed(new GenericDomainEventMessage<>("OfficeCall", event.callId(), sequence++, event, Map.of(), "e-" + sequence,
                at));
    }

    private List<RegisteredOffice> find(FindOffices query) {
        return projection.handle(query);
    }

    private void staffed(String officeId, Instant at) {
        String[] roles = {"MANAGER", "LEGAL_EXPERT", "IT_EXPERT", "CLERK", "CLERK"};
        for (int i = 0; i < roles.length; i++) {
            feed(new StaffMemberAppointed(officeId, new StaffMember(NationalCode.parse(CODES[i]), "کارمند " + i,
                    StaffRole.valueOf(roles[i]), true)), at);
        }
    }

    private void decided(String officeId, String decisionId, LicenceDecisionKind kind, LicenceTerms terms, Instant at) {
        feed(new LicenceDecisionProposed(officeId, decisionId, kind, terms, "جلسه ۱", "دلایل"), at);
        feed(new LicenceDecisionOpinionGiven(officeId, decisionId, true, null), at);
        feed(new LicenceDecisionDecided(officeId, decisionId, kind, true, null), at);
    }

    @Test
    void offices_are_filtered_by_province_staffing_licence_and_status_at_the_instant_asked() {
        feed(new OfficeRegistered("OFF-A", "دفتر الف", OfficeOrigin.NEW, "تهران", "تهران"), T0);
        feed(new LicenceRequired("OFF-A"), T0);
        feed(new OfficeRegistered("OFF-B", "دفتر ب", OfficeOrigin.NOTARY_OFFICE, "فارس", "شیراز"), T0.plusSeconds(1));
        staffed("OFF-A", T0.plusSeconds(2));
        Instant at = T0.plusSeconds(10);

        assertThat(find(new FindOffices(null, null, null, null, null, at))).extracting(RegisteredOffice::officeId)
                .containsExactly("OFF-A", "OFF-B");
        assertThat(find(new FindOffices(null, "فارس", null, null, null, at))).extracting(RegisteredOffice::officeId)
                .containsExactly("OFF-B");
        assertThat(find(new FindOffices(null, null, null, null, true, at))).extracting(RegisteredOffice::officeId)
                .containsExactly("OFF-A");
        RegisteredOffice a = find(new FindOffices("OFF-A", null, null, null, null, at)).get(0);
        assertThat(a.staffCount()).isEqualTo(5);
        assertThat(a.licenceCondition()).isEqualTo(LicenceCondition.NEVER_ISSUED);
        assertThat(a.status()).isEqualTo(OfficeStatus.NOT_OPERATING);

        decided("OFF-A", "LIC-1", LicenceDecisionKind.ISSUE, LicenceTerms.until(T0.plus(Duration.ofDays(365))),
                T0.plusSeconds(20));
        decided("OFF-A", "LIC-2", LicenceDecisionKind.SUSPEND, LicenceTerms.until(T0.plus(Duration.ofDays(10))),
                T0.plusSeconds(30));
        assertThat(find(new FindOffices(null, null, null, LicenceCondition.SUSPENDED, null, T0.plusSeconds(40))))
                .extracting(RegisteredOffice::officeId).containsExactly("OFF-A");
        // the suspension lapses at its end whether or not its end was recorded yet, as at the intake
        RegisteredOffice later = find(new FindOffices("OFF-A", null, null, null, null, T0.plus(Duration.ofDays(11)))).get(0);
        assertThat(later.licenceCondition()).isEqualTo(LicenceCondition.IN_FORCE);
        assertThat(later.status()).isEqualTo(OfficeStatus.OPERATING);

        // a clerk leaves: below the minimum
        feed(new StaffAppointmentEnded("OFF-A", CODES[4], StaffRole.CLERK, "استعفا"), T0.plusSeconds(50));
        assertThat(find(new FindOffices(null, null, OfficeStatus.NOT_OPERATING, null, null, T0.plus(Duration.ofDays(11)))))
                .extracting(RegisteredOffice::officeId).containsExactly("OFF-A", "OFF-B");
        // B takes filings: not asked for a licence, but not staffed either
        assertThat(find(new FindOffices("OFF-B", null, null, null, null, at)).get(0).licenceRequired()).isFalse();

        // a ruling's suspension, lifted on appeal (A36)
        feed(new LicenceSuspensionEnded("OFF-A", "LIC-2", T0.plus(Duration.ofDays(10))), T0.plus(Duration.ofDays(10)));
        feed(new LicenceSuspendedByRuling("OFF-A", "R-1", "C-1", T0.plus(Duration.ofDays(100))), T0.plus(Duration.ofDays(12)));
        assertThat(find(new FindOffices("OFF-A", null, null, null, null, T0.plus(Duration.ofDays(13)))).get(0)
                .licenceCondition()).isEqualTo(LicenceCondition.SUSPENDED);
        feed(new DisciplinaryRulingLifted("OFF-A", "R-1", "C-1"), T0.plus(Duration.ofDays(14)));
        assertThat(find(new FindOffices("OFF-A", null, null, null, null, T0.plus(Duration.ofDays(15)))).get(0)
                .licenceCondition()).isEqualTo(LicenceCondition.IN_FORCE);

        // revoked: closed
        decided("OFF-A", "LIC-3", LicenceDecisionKind.REVOKE, LicenceTerms.none(), T0.plus(Duration.ofDays(16)));
        assertThat(find(new FindOffices(null, null, OfficeStatus.CLOSED, null, null, T0.plus(Duration.ofDays(17)))))
                .extracting(RegisteredOffice::officeId).containsExactly("OFF-A");
    }

    @Test
    void the_work_queue_holds_what_waits_for_the_gd_and_for_the_center_head_until_it_is_done() {
        feed(new OfficeCallOpened("CALL-1", "تهران", "تهران", 2), T0);
        feed(new ApplicationReceived("CALL-1", "APP-1", new Applicant(NationalCode.parse(CODES[0]), "مریم رضایی", null)), T0);
        feed(new ApplicationReceived("CALL-1", "APP-2", new Applicant(NationalCode.parse(CODES[1]), "علی کریمی", null)),
                T0.plusSeconds(1));
        feed(new ApplicationVetted("CALL-1", "APP-1", true, "کامل", "R-1", 5_000_000), T0.plusSeconds(2));
        feed(new OfficeProposed("CALL-1", "APP-1", "OFF-N", "دفتر نو", OfficeOrigin.NEW, null, "نیاز"), T0.plusSeconds(3));
        feed(new OfficeRegistered("OFF-L", "دفتر ل", OfficeOrigin.NEW, "تهران", "تهران"), T0);
        feed(new LicenceDecisionProposed("OFF-L", "LIC-1", LicenceDecisionKind.ISSUE,
                LicenceTerms.until(T0.plus(Duration.ofDays(900))), "جلسه ۱", "دلایل"), T0.plusSeconds(4));

        assertThat(projection.handle(new FindOfficeWorkQueue(null))).extracting(WorkItem::kind, WorkItem::waitingFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WorkKind.APPLICATION_VETTING, "GD_OFFICER"),
                        org.assertj.core.groups.Tuple.tuple(WorkKind.OFFICE_PROPOSAL_DECISION, "CENTER_HEAD"),
                        org.assertj.core.groups.Tuple.tuple(WorkKind.LICENCE_OPINION, "GD_OFFICER"));
        assertThat(projection.handle(new FindOfficeWorkQueue("CENTER_HEAD"))).extracting(WorkItem::officeId)
                .containsExactly("OFF-N");

        feed(new OfficeProposalDecided("CALL-1", "APP-1", "OFF-N", true, null), T0.plusSeconds(5));
        feed(new LicenceDecisionOpinionGiven("OFF-L", "LIC-1", true, null), T0.plusSeconds(6));
        assertThat(projection.handle(new FindOfficeWorkQueue("CENTER_HEAD"))).extracting(WorkItem::kind)
                .containsExactly(WorkKind.MANAGER_APPOINTMENT, WorkKind.LICENCE_DECISION);
        feed(new OfficeManagerAppointed("CALL-1", "APP-1", "OFF-N", new StaffMember(NationalCode.parse(CODES[0]),
                "مریم رضایی", StaffRole.MANAGER, true)), T0.plusSeconds(7));
        feed(new LicenceDecisionDecided("OFF-L", "LIC-1", LicenceDecisionKind.ISSUE, false, "کافی نیست"), T0.plusSeconds(8));
        feed(new OfficeRegistered("OFF-N", "دفتر نو", OfficeOrigin.NEW, "تهران", "تهران"), T0.plusSeconds(7));

        assertThat(projection.handle(new FindOfficeWorkQueue("CENTER_HEAD"))).isEmpty();
        assertThat(projection.handle(new FindOfficeWorkQueue("GD_OFFICER"))).extracting(WorkItem::applicationId)
                .containsExactly("APP-2");
        // the office established under the call names it
        RegisteredOffice established = find(new FindOffices("OFF-N", null, null, null, null, T0.plusSeconds(9))).get(0);
        assertThat(established.callId()).isEqualTo("CALL-1");
        assertThat(established.applicationId()).isEqualTo("APP-1");

        projection.reset();
        assertThat(projection.handle(new FindOfficeWorkQueue(null))).isEmpty();
        assertThat(find(new FindOffices(null, null, null, null, null, T0))).isEmpty();
    }
}
