package ir.daftar.core.common;

/**
 * The rules of the regulation that the ledger enforces, each with a stable code (used in
 * APIs, tests and translations) and the article it comes from. A refusal always names one.
 */
public enum Rule {
    /** A2: a party is a natural person (10-digit national code) or a legal person (11-digit national id). */
    A2_PARTY_IDENTIFIER_INVALID("A2"),
    /** A2/A5: a financial petition must state the value of the claim; the court fee depends on it. */
    A5_CLAIM_VALUE_REQUIRED("A5"),
    /** A5: the portal route has no office yet; office acts need an office that received the originals. */
    A5_ORIGINALS_NOT_RECEIVED("A5"),
    /** A5: only portal filings have originals brought to an office afterwards. */
    A5_PORTAL_ROUTE_ONLY("A5"),
    /** A5: originals of a portal filing are received by one office only. */
    A5_ORIGINALS_ALREADY_RECEIVED("A5"),
    /** A5: on the portal the applicant acts for themself until an office receives the originals. */
    A5_APPLICANT_ONLY("A5"),
    /** A5/A6: a filing needs at least one electronic document. */
    A5_NO_DOCUMENTS("A5"),
    /** A5/A6: the document is not part of this filing. */
    A5_DOCUMENT_UNKNOWN("A5"),
    /** A5/A6: a document id is used once per filing. */
    A5_DOCUMENT_ALREADY_DIGITIZED("A5"),
    /** A5: the court fee is assessed before it is paid. */
    A5_FEE_NOT_ASSESSED("A5"),
    /** A5: the court fee is paid before the tracking code and before submission. */
    A5_FEE_NOT_PAID("A5"),
    /** A5: the court fee is paid once; it cannot be re-assessed after payment. */
    A5_FEE_ALREADY_PAID("A5"),
    /** A5 with A37-12: the amount paid must equal the assessed court fee. */
    A5_FEE_AMOUNT_MISMATCH("A5"),
    /** A37-6: money received must be acknowledged with a receipt. */
    A37_6_RECEIPT_REQUIRED("A37"),
    /** A5/A6: every electronic document must be verified against its original before submission. */
    A5_CONFORMITY_NOT_VERIFIED("A5"),
    /** A5/A6: a document whose conformity was decided cannot be decided again; digitize a replacement. */
    A5_CONFORMITY_ALREADY_DECIDED("A5"),
    /** A5/A6: a filing is submitted to the competent authority once; afterwards it cannot change. */
    A5_ALREADY_SUBMITTED("A5"),
    /** A6: on the office route, the applicant's identity is verified before anything else. */
    A6_IDENTITY_NOT_VERIFIED("A6"),
    /** A6: identity is verified once per filing. */
    A6_IDENTITY_ALREADY_VERIFIED("A6"),
    /** A6: identity verification and the applicant's confirmation belong to the office route. */
    A6_OFFICE_ROUTE_ONLY("A6"),
    /** A6: the applicant confirms that the electronic documents match the papers before submission. */
    A6_APPLICANT_CONFIRMATION_REQUIRED("A6"),
    /** A6: only the office that holds the filing may act on it. */
    A6_OTHER_OFFICE("A6"),
    /** A5/A6 with A15: office acts are done by staff of that office. */
    A6_NOT_OFFICE_STAFF("A6"),
    /** A7: contact details (mobile and electronic address) are registered before the tracking code. */
    A7_CONTACT_DETAILS_REQUIRED("A7"),
    /** A7: contact details are registered once; later changes are changes, made by the applicant. */
    A7_CONTACT_DETAILS_ALREADY_REGISTERED("A7"),
    /** A7: the change must differ from the details in force. */
    A7_CONTACT_DETAILS_UNCHANGED("A7"),
    /** A7: the applicant acknowledges in writing that notices come only electronically. */
    A7_UNDERTAKING_REQUIRED("A7"),
    /** A7: the written undertaking is acknowledged once. */
    A7_UNDERTAKING_ALREADY_ACKNOWLEDGED("A7"),
    /** A7: a filing is submitted only with its tracking code issued. */
    A7_TRACKING_CODE_REQUIRED("A7"),
    /** A7: one tracking code per filing. */
    A7_TRACKING_CODE_ALREADY_ISSUED("A7"),
    /** A7: a contact change is made by the applicant, not by the office. */
    A7_CHANGE_BY_APPLICANT_ONLY("A7"),
    /** A7: mobile number must be an Iranian mobile number. */
    A7_MOBILE_INVALID("A7"),
    /** A7: electronic address must be a SANA account or an e-mail address. */
    A7_ELECTRONIC_ADDRESS_INVALID("A7"),
    /** A14/A15: the office is not in the registry. */
    A15_OFFICE_NOT_REGISTERED("A15"),
    /** A15: an office below its minimum staffing may not accept filings. */
    A15_MINIMUM_STAFFING("A15"),
    /** A15: the office manager works full time. */
    A15_MANAGER_FULL_TIME("A15"),
    /** A15: an office has one manager. */
    A15_ONE_MANAGER("A15"),
    /** A15 note: the GD may raise the minimum staffing, never lower it below the regulation. */
    A15_MINIMUM_BELOW_REGULATION("A15"),
    /** A14: an office is registered once. */
    A14_OFFICE_ALREADY_REGISTERED("A14"),
    /** A15: the person already works in this office. */
    A15_STAFF_ALREADY_APPOINTED("A15"),
    /** A15: the person does not work in this office. */
    A15_STAFF_UNKNOWN("A15"),
    // ---- staff eligibility (A15-A21; ADR 0910) ----
    /** A15 (ADR 0910): a person holds one post in one office at a time; they work in another office now. */
    A15_STAFF_IN_ANOTHER_OFFICE("A15"),
    /** A16-1: Iranian nationality, evidenced. */
    A16_NATIONALITY("A16"),
    /** A16-2: practical commitment to the Constitution, evidenced. */
    A16_CONSTITUTION("A16"),
    /** A16-3: the Islamic faith and its practice, evidenced. */
    A16_ISLAM("A16"),
    /** A16-4: no drug addiction, evidenced (a test result). */
    A16_DRUG_ADDICTION("A16"),
    /** A16-5: no criminal record, evidenced (a certificate). */
    A16_CRIMINAL_RECORD("A16"),
    /** A16-6: for men, military service completed or permanently exempt, with the card. */
    A16_MILITARY_SERVICE("A16"),
    /** A16-7: the physical and mental fitness the work needs, evidenced. */
    A16_FITNESS("A16"),
    /** A17-1: the manager holds a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2 or higher. */
    A17_DEGREE("A17"),
    /** A17-2: the manager is at least 25 years old on the hiring day. */
    A17_AGE("A17"),
    /** A17-3: the manager has five years' relevant experience. */
    A17_EXPERIENCE("A17"),
    /** A17-4: the manager's computer skills are approved by the GD. */
    A17_COMPUTER_SKILLS("A17"),
    /** A18-1: the legal expert holds a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2 or higher. */
    A18_DEGREE("A18"),
    /** A18-2: the legal expert is at least 25 years old on the hiring day. */
    A18_AGE("A18"),
    /** A18-3: the legal expert's computer skills are approved by the GD. */
    A18_COMPUTER_SKILLS("A18"),
    /** A19-1: the IT expert holds an associate degree or higher in computing or information technology. */
    A19_DEGREE("A19"),
    /** A19-2: the IT expert is at least 25 years old on the hiring day. */
    A19_AGE("A19"),
    /** A19-3: the IT expert's computer skills are approved by the GD. */
    A19_COMPUTER_SKILLS("A19"),
    /** A20-1: the clerk holds an associate degree or higher. */
    A20_DEGREE("A20"),
    /** A20-2: the clerk is at least 25 years old on the hiring day. */
    A20_AGE("A20"),
    /** A20-3: the clerk's computer skills are approved by the GD. */
    A20_COMPUTER_SKILLS("A20"),
    /** A21-1: practising attorneys and legal advisers (A187 of the Third Development Plan Law) may not work in an office. */
    A21_ATTORNEY_OR_LEGAL_ADVISER("A21"),
    /** A21-1: official judicial experts may not work in an office. */
    A21_OFFICIAL_EXPERT("A21"),
    /** A21-2: judges and notaries permanently dismissed by final judgment may not work in an office. */
    A21_DISMISSED_JUDGE_OR_NOTARY("A21"),
    /** A21-3: merchants (A2 of the Commercial Code) may not work in an office. */
    A21_MERCHANT("A21"),
    /** A21-4: government employees and employees of non-governmental public institutions may not work in an office. */
    A21_GOVERNMENT_EMPLOYEE("A21"),
    // ---- reports, paper-origin cases and the court side (A9-A11, A13) ----
    /** A13: a filing is registered as a case or returned only once it is with the competent authority. */
    A13_NOT_WITH_AUTHORITY("A13"),
    /** A13: only staff of the filing's competent authority register it as a case or return it. */
    A13_OTHER_AUTHORITY("A13"),
    /** A13: a filing is registered as a case or returned once. */
    A13_ALREADY_DECIDED("A13"),
    /** A13: a case cannot be registered on a date that has not come yet. */
    A13_REGISTRATION_DATE_IN_FUTURE("A13"),
    /** A9: only a registered reporting body may send reports. */
    A9_BODY_NOT_REGISTERED("A9"),
    /** A9: a reporting body is registered once. */
    A9_BODY_ALREADY_REGISTERED("A9"),
    /** A9: a body is registered for at least one kind of report. */
    A9_NO_REPORT_KINDS("A9"),
    /** A9: reports are sent by registered users of the body. */
    A9_NOT_BODY_USER("A9"),
    /** A9: a user is registered with a body once. */
    A9_USER_ALREADY_REGISTERED("A9"),
    /** A9: a body sends only the kinds of report it is registered for. */
    A9_REPORT_KIND_NOT_REGISTERED("A9"),
    /** A9: a report is linked to a case the ledger knows and its competent authority has (not a filing still being prepared). */
    A9_CASE_UNKNOWN("A9"),
    /** A9: a report is sent electronically with its documents. */
    A9_NO_DOCUMENTS("A9"),
    /** A9: the action reported cannot have happened in the future. */
    A9_OCCURRED_IN_FUTURE("A9"),
    /** A9: only staff of the case's competent authority acknowledge its reports. */
    A9_OTHER_AUTHORITY("A9"),
    /** A9: a report is acknowledged once. */
    A9_ALREADY_ACKNOWLEDGED("A9"),
    /** A10: a preliminary paper file is registered by a user of a registered judicial officers unit. */
    A10_JUDICIAL_OFFICERS_ONLY("A10"),
    /** A10: a preliminary paper file records at least one act. */
    A10_NO_ACTS("A10"),
    /** A10: paper-origin acts are registered after the fact, never ahead of it. */
    A10_ACTS_IN_FUTURE("A10"),
    /** A10: a preliminary paper file belongs to a case the ledger knows and its competent authority has. */
    A10_CASE_UNKNOWN("A10"),
    /** A11: a paper complaint is registered by staff of the competent authority it was lodged with. */
    A11_AUTHORITY_STAFF_ONLY("A11"),
    /** A11: a paper complaint cannot have been lodged in the future. */
    A11_LODGED_IN_FUTURE("A11"),
    // ---- notices and electronic service (A7, A8) ----
    /** A8: notices are issued, deposited, withdrawn and ruled on by court staff. */
    A8_COURT_STAFF_ONLY("A8"),
    /** A8: only the competent authority of the case (the one that issued the notice) acts on its notices. */
    A8_OTHER_AUTHORITY("A8"),
    /** A8: notices belong to a case: the filing must have been submitted to the competent authority. */
    A8_CASE_NOT_SUBMITTED("A8"),
    /** A8: a notice to the applicant names the applicant of the case. */
    A8_RECIPIENT_NOT_PARTY("A8"),
    /** A7: a defendant or lawyer has no channels in the filing ledger; the notice carries them. */
    A7_RECIPIENT_CONTACT_REQUIRED("A7"),
    /** A7: the applicant is served only through the channels registered in the ledger, never others. */
    A7_REGISTERED_CHANNELS_ONLY("A7"),
    /** A8: a withdrawn notice is not deposited, viewed or withdrawn again. */
    A8_NOTICE_WITHDRAWN("A8"),
    /** A8: a notice is deposited (served) once. */
    A8_ALREADY_DEPOSITED("A8"),
    /** A8: a notice not deposited is not served: it cannot be viewed, alerted or contested. */
    A8_NOT_DEPOSITED("A8"),
    /** A8: only the recipient opens a notice or claims a lack of access. */
    A8_RECIPIENT_ONLY("A8"),
    /** A8: alerts are reported by the alert dispatcher (the system) or an operator. */
    A8_ALERT_BY_SYSTEM_ONLY("A8"),
    /** A7: the SMS alert goes to the mobile registered when the notice was deposited. */
    A7_ALERT_TO_DEPOSIT_CHANNEL("A7"),
    /** A8: a delivery report names an alert that was sent. */
    A8_ALERT_NOT_SENT("A8"),
    /** A8: a lack of access is claimed once per notice. */
    A8_LACK_OF_ACCESS_ALREADY_CLAIMED("A8"),
    /** A8: a lack-of-access ruling needs a pending claim. */
    A8_NO_LACK_OF_ACCESS_CLAIM("A8"),
    /** A8: an upheld lack of access moves service later, never earlier and never into the future. */
    A8_SERVICE_TIME_NOT_LATER("A8"),
    // ---- inspections (A28, A33, A37) ----
    /** A37-4: unjustified delay between receiving a filing's documents and digitizing them. */
    A37_4_DELAY_RECEIVED_TO_DIGITIZED("A37"),
    /** A37-4: unjustified delay between the payment of the court fee and the submission. */
    A37_4_DELAY_FEE_PAID_TO_SUBMITTED("A37"),
    /** A37-4: unjustified delay between the verification of conformity and the submission. */
    A37_4_DELAY_VERIFIED_TO_SUBMITTED("A37"),
    /** A37-12: a fee charged above the approved schedule in force at the time. */
    A37_12_FEE_ABOVE_SCHEDULE("A37"),
    /** A37-13 with A12: case data read by office staff with no legitimate link to the case. */
    A37_13_READ_WITHOUT_LINK("A37"),
    /** A37-9: a request of the inspectors left unanswered beyond its deadline. */
    A37_9_REQUEST_UNANSWERED("A37"),
    /** A37-9: the request is not part of this inspection. */
    A37_9_REQUEST_UNKNOWN("A37"),
    /** A37-9: a request is answered once; a further answer is a new request. */
    A37_9_REQUEST_ALREADY_ANSWERED("A37"),
    /** A37-9: the inspected office answers the inspectors' requests, through its own staff. */
    A37_9_OFFICE_STAFF_ONLY("A37"),
    /** A28/A33: only the inspectors assigned to an inspection act on it. */
    A28_INSPECTOR_ONLY("A28"),
    /** A33: the inspected period ends after it starts and not in the future. */
    A33_PERIOD_INVALID("A33"),
    /** A28/A33: an inspection is of an office that exists in the ledger. */
    A33_OFFICE_NOT_REGISTERED("A33"),
    /** A33: a finalized report cannot change; a correction is a new act. */
    A33_REPORT_FINALIZED("A33"),
    /** A33: the report is finalized before it is sent or corrected. */
    A33_REPORT_NOT_FINALIZED("A33"),
    /** A33: the report is sent to the GD once. */
    A33_REPORT_ALREADY_SENT("A33"),
    /** A33: each finding is accepted or dismissed once, with its reason. */
    A33_FINDING_ALREADY_DECIDED("A33"),
    /** A33: the report is reasoned: decisions on findings and the report itself state their reasons. */
    A33_REASON_REQUIRED("A33"),
    /** A8/A36 (ADR 0800): official holiday lists, which deadlines depend on, are loaded by an administrator. */
    A8_HOLIDAY_LIST_ADMIN_ONLY("A8"),
    /** A8/A36 (ADR 0800): an official holiday list names the published document it was taken from. */
    A8_HOLIDAY_LIST_SOURCE_REQUIRED("A8"),
    /** A8/A36 (ADR 0800): every holiday of a year's list is a day of that Jalali year. */
    A8_HOLIDAY_OUTSIDE_YEAR("A8"),
    /** A8/A36 (ADR 0800): a list has 1 to 60 holidays, each day and each lunar holiday once. */
    A8_HOLIDAY_LIST_INVALID("A8"),
    // ---- office licences (A22, A24, A31, A35-5/6; ADR 0900) ----
    /** A22/A24 (ADR 0900): an office that needs a licence receives filings only while its licence is in force. */
    A22_LICENCE_NOT_IN_FORCE("A22"),
    /** A24: licence decisions are proposed by the Advisory Council. */
    A24_PROPOSAL_BY_COUNCIL_ONLY("A24"),
    /** A22(b): the opinion on a licence proposal is the GD's. */
    A22_OPINION_BY_GD_ONLY("A22"),
    /** A14/A22(b): licence decisions are decided by the Center head. */
    A22_DECISION_BY_CENTER_HEAD_ONLY("A22"),
    /** A22/A24: proposal, then the GD's opinion, then the Center head's decision, each once. */
    A24_DECISION_OUT_OF_ORDER("A24"),
    /** A24: the licence decision is not one proposed for this office. */
    A24_DECISION_UNKNOWN("A24"),
    /** A24: a decision id is used once per office. */
    A24_DECISION_ALREADY_PROPOSED("A24"),
    /** A24: one licence decision at a time: an open proposal is decided before the next. */
    A24_DECISION_PENDING("A24"),
    /** A24: the decision does not fit the licence as it stands (e.g. renew a licence never issued, issue twice). */
    A24_DECISION_NOT_APPLICABLE("A24"),
    /** A24: the decision's terms are incomplete or in the past (expiry, end of suspension, new address). */
    A24_TERMS_INVALID("A24"),
    /** A22/A24: a proposal, a disagreeing opinion and a refusal state their reasons (the Council names its session). */
    A24_REASON_REQUIRED("A24"),
    /** A35-5: a suspension ends at the end of its period, not before, and only while the licence is suspended. */
    A35_SUSPENSION_NOT_ENDED("A35"),
    // ---- establishment of offices (A3, A14, A22(a); ADR 0920) ----
    /** A22(a): calls for applicants, the receipt of applications and their vetting are the GD's. */
    A22_CALL_BY_GD_ONLY("A22"),
    /** A22(a): a call names its province and city and a number of offices (1 to 100). */
    A22_CALL_INVALID("A22"),
    /** A22(a): an application id is used once per call (1-40 letters, digits or dashes). */
    A22_APPLICATION_ALREADY_RECEIVED("A22"),
    /** A22(a): the application is not one received under this call. */
    A22_APPLICATION_UNKNOWN("A22"),
    /** A22(a), A22(c): an application is vetted only once its vetting fee is paid (receipt and amount). */
    A22_VETTING_FEE_NOT_PAID("A22"),
    /** A22(a): an application is vetted once. */
    A22_APPLICATION_ALREADY_VETTED("A22"),
    /** A22(a): the outcome of vetting states its reasons. */
    A22_VETTING_REASON_REQUIRED("A22"),
    /** A14: an office is established on the GD's proposal. */
    A14_PROPOSAL_BY_GD_ONLY("A14"),
    /** A14, A22(a): an office is proposed only from an application accepted in vetting. */
    A14_APPLICATION_NOT_ACCEPTED("A14"),
    /** A14: one proposal per application; an office id is proposed once. */
    A14_ALREADY_PROPOSED("A14"),
    /** A14, A22(a): a call establishes at most the number of offices it called for. */
    A14_CALL_FULL("A14"),
    /** A3: an office chosen from a notary office or another body names that office or body. */
    A3_ORIGIN_BODY_REQUIRED("A3"),
    /** A14: the establishment of an office is approved or refused by the Center head, who appoints its manager. */
    A14_DECISION_BY_CENTER_HEAD_ONLY("A14"),
    /** A14: the Center head decides only a proposal the GD made, and once. */
    A14_PROPOSAL_NOT_DECIDABLE("A14"),
    /** A14: the GD's proposal and the Center head's refusal state their reasons. */
    A14_REASON_REQUIRED("A14"),
    /** A14: the manager is appointed once, and only for an approved proposal. */
    A14_MANAGER_NOT_APPOINTABLE("A14"),
    /** A24: office service fee schedules are proposed by the Advisory Council (ADR 0921). */
    A24_FEES_BY_COUNCIL_ONLY("A24"),
    /** A22(c): the opinion on office service fees is the GD's. */
    A22_FEES_OPINION_BY_GD_ONLY("A22"),
    /** A22(c): office service fees are approved by the Center head. */
    A22_FEES_APPROVAL_BY_CENTER_HEAD_ONLY("A22"),
    /** A22(c): office service fees approved by the Center head are confirmed by the Head of the Judiciary. */
    A22_FEES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY("A22"),
    /** A22(c)/A24: proposal, GD opinion, Center head approval, confirmation, each once; one version open at a time. */
    A24_FEES_OUT_OF_ORDER("A24"),
    /** A22(c)/A24: the next version, effective in the future and after the last, with services and amounts of 0 or more. */
    A24_FEES_INVALID("A24"),
    /** A22(c)/A24: a proposal names the Council's session and states its reasons; so does a disagreement or refusal. */
    A24_FEES_REASON_REQUIRED("A24"),
    // ---- discipline (A34-A38; ADR 1200) ----
    /** A34/A28: a disciplinary case is opened and referred by the GD or the Center head, or from an accepted finding by its inspector. */
    A34_ADMINISTRATION_ONLY("A34"),
    /** A34: a case names its origin (complaint, finding, reported violation), with the complaint or report stated. */
    A34_ORIGIN_INVALID("A34"),
    /** A34/A37: the accused is the manager or a staff member of the office now. */
    A34_ACCUSED_NOT_STAFF("A34"),
    /** A34: the boards are constituted by the Center head. */
    A34_BOARD_BY_CENTER_HEAD_ONLY("A34"),
    /** A34: a Primary Board is two judges and one Kanoon representative; an Appeal Board two judges and one GD representative. */
    A34_BOARD_COMPOSITION("A34"),
    /** A34: the Kanoon's representative on a Primary Board is not a member of the Kanoon's board. */
    A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD("A34"),
    /** A34 note 1: the chair is one of the judges, elected by a majority of the board. */
    A34_CHAIR_NOT_ELECTED("A34"),
    /** A34: the board is not known, or is not the level the case is at (Primary first, then Appeal). */
    A34_WRONG_BOARD("A34"),
    /** A34: a member who sat on the Primary ruling does not sit on its appeal. */
    A34_MEMBER_SAT_ON_PRIMARY("A34"),
    /** A34 note 2: a board sits only with all its members present. */
    A34_BOARD_INCOMPLETE("A34"),
    /** A34 note 2: a ruling is by majority of the board. */
    A34_NO_MAJORITY("A34"),
    /** A34 note 2: the ruling is issued by the board's chair; other acts of a board are its members'. */
    A34_CHAIR_ONLY("A34"),
    /** A34-A36: the act does not fit the case as it stands (e.g. a ruling before referral, a second Primary ruling). */
    A34_CASE_OUT_OF_ORDER("A34"),
    /** A37: a case charges one or more clauses 1-14 of A37; a ruling finds proven only clauses charged. */
    A37_CHARGE_INVALID("A37"),
    /** A33: a case opened from a finding needs that finding accepted into its inspection's report. */
    A33_FINDING_NOT_ACCEPTED("A33"),
    /** A35: degrees 1-6; a suspension (degree 5) lasts 3 months to 2 years; other degrees have no period. */
    A35_PENALTY_INVALID("A35"),
    /** A35-5/6: suspension and revocation are measures on the licence, for the office's manager. */
    A35_LICENCE_PENALTY_MANAGER_ONLY("A35"),
    /** A35 (ADR 1200): a ruling is executed on the licence by the system, once per ruling. */
    A35_EXECUTION_BY_SYSTEM_ONLY("A35"),
    /** A36: penalties 1-4 are final: no appeal by the person penalised. */
    A36_RULING_FINAL("A36"),
    /** A36: an appeal is lodged within 20 days of the ruling's notification (Jalali days, holidays counted). */
    A36_APPEAL_OUT_OF_TIME("A36"),
    /** A36: the appeal is the penalised person's; the objection the Center head's; each once per ruling. */
    A36_APPEAL_NOT_ALLOWED("A36"),
    /** A36: a ruling of degree 5 or 6 becomes final by lapse only after its appeal period, without appeal or objection. */
    A36_APPEAL_PERIOD_RUNNING("A36"),
    /** A38 note 3: a manager finally penalised with degree 1-4 who offends again gets a higher degree than before. */
    A38_REPEAT_OFFENCE_HIGHER_DEGREE("A38"),
    /** A38 note 2: only a case opened from a complaint has a complaint to withdraw, once. */
    A38_NO_COMPLAINT_TO_WITHDRAW("A38"),
    /** Not an article: the same idempotency key was sent with a different request. */
    IDEMPOTENCY_KEY_REUSED(null),

    // ---- the documents themselves (issue 16: A5, A6) ----
    /** A5/A6: an electronic document is a scan: a PDF, JPEG, PNG or TIFF file, by its own bytes. */
    A5_DOCUMENT_TYPE_NOT_ALLOWED("A5"),
    /** A5/A6: the page count declared is the one the file has. */
    A5_PAGE_COUNT_MISMATCH("A5"),
    /** A5/A6: a file in which the malware scan found something is not kept. */
    A5_DOCUMENT_INFECTED("A5"),
    /** A5/A6: a document is at most the configured size. */
    A5_DOCUMENT_TOO_LARGE("A5"),
    /** A5/A6: a file of an allowed type must be readable as that type (its pages counted). */
    A5_DOCUMENT_UNREADABLE("A5"),

    // ---- the Kanoon and the Council (issue 18; issue 17 item 4: A23, A25-A28, A33; ADR 1300) ----
    /** A25: a Kanoon is formed by the Judiciary, recorded by the Center head. */
    A25_FORMED_BY_CENTER_HEAD_ONLY("A25"),
    /** A25: a Kanoon is formed for one of the 31 provinces' centres. */
    A25_PROVINCE_UNKNOWN("A25"),
    /** A25: a province has one Kanoon. */
    A25_KANOON_ALREADY_FORMED("A25"),
    /** A26: office managers are proposed by members (office managers of offices the Kanoon covers), judges by the Council. */
    A26_PROPOSER_NOT_ENTITLED("A26"),
    /** A26: board proposals are approved or refused by the Center head. */
    A26_APPROVAL_BY_CENTER_HEAD_ONLY("A26"),
    /** A26: the GD's and the Center's representatives are named by the GD and the Center head, not proposed. */
    A26_SEAT_NOT_BY_PROPOSAL("A26"),
    /** A27: the managing director's seat is filled by the board's election, not by appointment. */
    A27_MANAGING_DIRECTOR_ELECTED("A27"),
    /** A26: an office-manager seat goes to the manager of an office the Kanoon covers. */
    A26_NOT_AN_OFFICE_MANAGER("A26"),
    /** A26: a judge's seat needs at least ten years of judicial service. */
    A26_JUDICIAL_SERVICE_UNDER_TEN_YEARS("A26"),
    /** A26: the board has two office managers, two judges and one of each other seat. */
    A26_SEATS_FULL("A26"),
    /** A26: a person holds one seat of a board. */
    A26_ALREADY_ON_BOARD("A26"),
    /** A26: the person does not sit on this board. */
    A26_NOT_ON_BOARD("A26"),
    /** A26: the proposal is not one made to this board. */
    A26_PROPOSAL_UNKNOWN("A26"),
    /** A26: a proposal is decided once; a proposal id is used once. */
    A26_PROPOSAL_ALREADY_DECIDED("A26"),
    /** A26 note: a member is re-appointed in the last 180 days of the running term. */
    A26_REAPPOINTMENT_NOT_DUE("A26"),
    /** A26: a refusal and an early end of membership state their reasons. */
    A26_REASON_REQUIRED("A26"),
    /** A23 note: a member of the Council may not sit on a Kanoon board at the same time. */
    A23_COUNCIL_MEMBER_NOT_ON_BOARD("A23"),
    /** A23 note: a Kanoon board member may not sit on the Council at the same time. */
    A23_BOARD_MEMBER_NOT_ON_COUNCIL("A23"),
    /** A23: Council members are proposed by the GD. */
    A23_PROPOSAL_BY_GD_ONLY("A23"),
    /** A23: Council members are appointed by the Center head. */
    A23_APPOINTMENT_BY_CENTER_HEAD_ONLY("A23"),
    /** A23: the Council has five members. */
    A23_COUNCIL_FULL("A23"),
    /** A23: the person already sits on the Council. */
    A23_ALREADY_ON_COUNCIL("A23"),
    /** A23: the person does not sit on the Council. */
    A23_NOT_ON_COUNCIL("A23"),
    /** A23: a Council term ends after today and at most five years ahead; a refusal or an early end states reasons. */
    A23_TERM_INVALID("A23"),
    /** A23: the proposal is not one made to the Council. */
    A23_PROPOSAL_UNKNOWN("A23"),
    /** A23: a proposal is decided once; a proposal id is used once. */
    A23_PROPOSAL_ALREADY_DECIDED("A23"),
    /** A28: the board's acts (the roster, inspection orders) are done by a sitting member of that board. */
    A28_BOARD_MEMBER_ONLY("A28"),
    /** A28/A33: an inspection is carried out by inspectors on the Kanoon's roster. */
    A28_INSPECTOR_NOT_ON_ROSTER("A28"),
    /** A25/A28: a Kanoon inspects the offices it covers. */
    A28_OFFICE_NOT_COVERED("A28"),
    /** A28: an order id is used once per Kanoon. */
    A28_ORDER_ALREADY_GIVEN("A28"),
    /** A28/A33: an inspection is opened on the board's order, by an inspector it names, for its office and period. */
    A28_INSPECTION_NOT_ORDERED("A28"),
    // ---- complaints (A28(e)), dues and budget (A29), delegation (A30); ADR 1320 ----
    /** A28(e): a complaint names an office in a known province and states what happened (at most 4000 characters). */
    A28_COMPLAINT_INVALID("A28"),
    /** A25/A28(e): the complaint's office is covered by no Kanoon yet; there is no board to review it. */
    A25_COMPLAINT_NO_KANOON("A25"),
    /** A28(e): a complaint is reviewed, reported and referred by a sitting member of the covering Kanoon's board. */
    A28_COMPLAINT_BOARD_ONLY("A28"),
    /** A28(e): reviewed once, then reported to the GD once, then (if upheld) referred to discipline. */
    A28_COMPLAINT_OUT_OF_ORDER("A28"),
    /** A28(e): a review states its reasons. */
    A28_COMPLAINT_REASON_REQUIRED("A28"),
    /** A28(e)/A34: a disciplinary case is opened only from a complaint the board upheld. */
    A28_COMPLAINT_NOT_UPHELD("A28"),
    /** A28(e)/A34: a complaint is the ground of at most one disciplinary case. */
    A28_COMPLAINT_CASE_ALREADY_OPENED("A28"),
    /** A34/A28(e): a Kanoon board member opens a case only from a complaint whose record names this case and office. */
    A34_COMPLAINT_CASE_NOT_RECORDED("A34"),
    /** A28/A29: the dues are proposed, invoiced and collected, and spending approved, by a sitting member of the board. */
    A29_BOARD_MEMBER_ONLY("A29"),
    /** A22(c): the opinion on annual membership dues is the GD's. */
    A22_DUES_OPINION_BY_GD_ONLY("A22"),
    /** A22(c): annual membership dues are approved by the Center head. */
    A22_DUES_APPROVAL_BY_CENTER_HEAD_ONLY("A22"),
    /** A22(c): annual membership dues are confirmed by the Head of the Judiciary. */
    A22_DUES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY("A22"),
    /** A22(c): a dues version goes proposal, opinion, approval, confirmation, each once, one version at a time. */
    A22_DUES_OUT_OF_ORDER("A22"),
    /** A22(c)/A29: a dues version names the next number, a Jalali year not yet confirmed and an amount above zero. */
    A29_DUES_INVALID("A29"),
    /** A22(c): a proposal, a disagreement or a refusal states its reasons. */
    A22_DUES_REASON_REQUIRED("A22"),
    /** A29: a year is invoiced only at the dues confirmed for it. */
    A29_DUES_NOT_CONFIRMED("A29"),
    /** A29: an office is invoiced once a year. */
    A29_DUES_ALREADY_INVOICED("A29"),
    /** A29: a payment names an invoice of this Kanoon and an amount above zero and not above what is outstanding. */
    A29_PAYMENT_INVALID("A29"),
    /** A29: spending names a purpose and an amount above zero, and is approved once under its id. */
    A29_SPENDING_INVALID("A29"),
    /** A29: the board approves no spending beyond the Kanoon's balance. */
    A29_INSUFFICIENT_FUNDS("A29"),
    /** A29: the supervision of the board's spending is the GD's, once per spending, an objection with reasons. */
    A29_SUPERVISION_BY_GD_ONLY("A29"),
    /** A30: the GD delegates its executive duties to a Kanoon's board. */
    A30_DELEGATION_BY_GD_ONLY("A30"),
    /** A30: a delegation names the duty, and a period that ends after it starts; an id is used once. */
    A30_DELEGATION_INVALID("A30"),
    /** A30: a delegation withdrawn is one in force, withdrawn once. */
    A30_DELEGATION_NOT_IN_FORCE("A30"),
    // the board's meetings, elections, decisions and letters (issue 18, A27; ADR 1310)
    /** A27: the board's meetings, votes and letters are the acts of sitting members of that board. */
    A27_BOARD_MEMBER_ONLY("A27"),
    /** A27: a meeting, motion, election or letter id is used once per board. */
    A27_ID_ALREADY_USED("A27"),
    /** A27: no such meeting of this board. */
    A27_MEETING_UNKNOWN("A27"),
    /** A27: a meeting acts only with a majority of the board's members present. */
    A27_NO_QUORUM("A27"),
    /** A27: only members recorded present at the meeting vote at it. */
    A27_NOT_PRESENT("A27"),
    /** A27: a roll call names present members, each once, on one side. */
    A27_ROLL_CALL_INVALID("A27"),
    /** A27: the candidates are members sitting on the board. */
    A27_CANDIDATE_NOT_ON_BOARD("A27"),
    /** A27: the chair and the treasurer are elected from the office-manager members. */
    A27_OFFICER_NOT_AN_OFFICE_MANAGER("A27"),
    /** A27: the office is held by a sitting member, or an election for it is open. */
    A27_OFFICE_ALREADY_FILLED("A27"),
    /** A27: the treasurer is not the managing director: a financial letter bears two signatures. */
    A27_TREASURER_NOT_MANAGING_DIRECTOR("A27"),
    /** A27: the election is not open (unknown or closed). */
    A27_ELECTION_NOT_OPEN("A27"),
    /** A27: a member votes once in an election. */
    A27_ALREADY_VOTED("A27"),
    /** A27: a ballot names one of the election's candidates. */
    A27_NOT_A_CANDIDATE("A27"),
    /** A27: the sealed ballots do not match the votes recorded or their commitments (secret ballot, ADR 1310). */
    A27_BALLOT_BOX_NOT_VERIFIED("A27"),
    /** A27 note: the managing director names the deputy who runs his own office. */
    A27_NOT_THE_MANAGING_DIRECTOR("A27"),
    /** A27: the Kanoon's letters are signed by its managing director, financial ones by its treasurer too. */
    A27_NOT_A_SIGNATORY("A27"),
    /** A27: no such letter of this Kanoon. */
    A27_LETTER_UNKNOWN("A27"),
    /** A27: a letter issued is not signed or issued again. */
    A27_LETTER_ALREADY_ISSUED("A27"),
    /** A27: a letter of the Kanoon needs its managing director's signature. */
    A27_LETTER_NEEDS_MANAGING_DIRECTOR("A27"),
    /** A27: a financial letter needs the treasurer's signature as well. */
    A27_FINANCIAL_LETTER_NEEDS_TREASURER("A27"),

    // ---- office service fee postings and charges, the court-fee tariffs' approval (issue 17 item 5: A22(c), A37-1, A37-12; ADR 0921, revisited) ----
    /** A37-1: the fee schedule is posted by the manager or staff of the office posting it. */
    A37_1_POSTING_BY_OFFICE_STAFF_ONLY("A37"),
    /** A37-1: an office posts the schedule in force, once per version. */
    A37_1_SCHEDULE_NOT_POSTABLE("A37"),
    /** A37-12: an office service is charged from the schedule in force, for a service it names. */
    A37_12_SERVICE_NOT_IN_SCHEDULE("A37"),
    /** A37-12: an office service is charged at most the amount of the schedule in force. */
    A37_12_OFFICE_FEE_ABOVE_SCHEDULE("A37"),
    /**
     * A22(c) (ADR 0921, revisited): a court-fee tariff version is a whole valid tariff under a new name, effective in
     * the future and after the last approved one, confirmed before that date; shipped tariffs are recorded by the system.
     */
    A22_TARIFF_INVALID("A22");

    private final String article;

    Rule(String article) {
        this.article = article;
    }

    /** The article of the regulation this rule comes from, e.g. {@code "A7"}; {@code null} for technical rules. */
    public String article() {
        return article;
    }
}
