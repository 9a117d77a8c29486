package ir.daftar.core.calendar;

import java.util.Optional;

/**
 * The official holidays of Iran that follow the lunar (Hijri) calendar: each is a day of a Hijri
 * month ({@code day == 0} is the last day of the month, 29 or 30). Their Jalali dates move about
 * eleven days a year and are fixed each year by the official calendar; until it is loaded they are
 * computed, and marked provisional (ADR 0800).
 */
public enum LunarHoliday {
    TASUA(1, 9, "تاسوعای حسینی", "Tasua"),
    ASHURA(1, 10, "عاشورای حسینی", "Ashura"),
    ARBAEEN(2, 20, "اربعین حسینی", "Arbaeen"),
    PROPHET_DEMISE(2, 28, "رحلت رسول اکرم و شهادت امام حسن مجتبی", "Demise of the Prophet and martyrdom of Imam Hasan"),
    IMAM_REZA_MARTYRDOM(2, 0, "شهادت امام رضا", "Martyrdom of Imam Reza"),
    IMAM_HASAN_ASKARI_MARTYRDOM(3, 8, "شهادت امام حسن عسکری", "Martyrdom of Imam Hasan Askari"),
    PROPHET_BIRTHDAY(3, 17, "میلاد رسول اکرم و امام جعفر صادق", "Birthday of the Prophet and Imam Sadegh"),
    FATIMA_MARTYRDOM(6, 3, "شهادت حضرت فاطمه زهرا", "Martyrdom of Fatima"),
    IMAM_ALI_BIRTHDAY(7, 13, "ولادت امام علی", "Birthday of Imam Ali"),
    MABATH(7, 27, "مبعث رسول اکرم", "Mab'ath"),
    MID_SHABAN(8, 15, "ولادت حضرت قائم", "15 Sha'ban"),
    IMAM_ALI_MARTYRDOM(9, 21, "شهادت امام علی", "Martyrdom of Imam Ali"),
    EID_AL_FITR(10, 1, "عید سعید فطر", "Eid al-Fitr"),
    EID_AL_FITR_SECOND_DAY(10, 2, "تعطیل به مناسبت عید سعید فطر", "Eid al-Fitr (second day)"),
    IMAM_SADEGH_MARTYRDOM(10, 25, "شهادت امام جعفر صادق", "Martyrdom of Imam Sadegh"),
    EID_AL_ADHA(12, 10, "عید سعید قربان", "Eid al-Adha"),
    EID_AL_GHADIR(12, 18, "عید سعید غدیر خم", "Eid al-Ghadir");

    private final int hijriMonth;
    private final int hijriDay;
    private final String nameFa;
    private final String nameEn;

    LunarHoliday(int hijriMonth, int hijriDay, String nameFa, String nameEn) {
        this.hijriMonth = hijriMonth;
        this.hijriDay = hijriDay;
        this.nameFa = nameFa;
        this.nameEn = nameEn;
    }

    /** 1 (Muharram) to 12 (Dhu al-Hijjah). */
    public int hijriMonth() {
        return hijriMonth;
    }

    /** The day of the Hijri month; 0 for the last day of the month. */
    public int hijriDay() {
        return hijriDay;
    }

    public String nameFa() {
        return nameFa;
    }

    public String nameEn() {
        return nameEn;
    }

    /**
     * The holiday whose code is exactly {@code code} ({@code ASHURA}), as a holiday file's line or the admin page's
     * form names it after the date; empty for any other word, which is then part of the line's name.
     */
    public static Optional<LunarHoliday> byCode(String code) {
        for (LunarHoliday h : values()) {
            if (h.name().equals(code)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
