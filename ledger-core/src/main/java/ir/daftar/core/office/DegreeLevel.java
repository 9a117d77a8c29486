package ir.daftar.core.office;

/** A17-A20: the highest degree a person holds, from a university (or higher-education institute) or a seminary. */
public enum DegreeLevel {
    NONE(0, 0),
    DIPLOMA(1, 0),
    ASSOCIATE(2, 0),
    BACHELOR(3, 0),
    MASTER(4, 0),
    DOCTORATE(5, 0),
    SEMINARY_LEVEL_1(0, 1),
    SEMINARY_LEVEL_2(0, 2),
    SEMINARY_LEVEL_3(0, 3),
    SEMINARY_LEVEL_4(0, 4);

    private final int university;
    private final int seminary;

    DegreeLevel(int university, int seminary) {
        this.university = university;
        this.seminary = seminary;
    }

    /** A university degree at least {@code level} (a seminary level is not one). */
    public boolean universityAtLeast(DegreeLevel level) {
        return university >= level.university && university > 0;
    }

    /** A17-1/A18-1: seminary level 2 or higher. */
    public boolean seminaryLevelTwoOrHigher() {
        return seminary >= 2;
    }
}
