package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import java.util.List;

/** Port, A26/A27: the members sitting on a Kanoon's board on a day, as the Kanoon's events have it (empty: no Kanoon). */
public interface BoardRoll {

    List<BoardSeat> sitting(String kanoonId, JalaliDate day);
}
