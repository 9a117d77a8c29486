package ir.daftar.core.office;

/** A17-A19: the field of a university degree, as far as the regulation tells fields apart. */
public enum StudyField {
    /** حقوق */
    LAW,
    /** فقه */
    FIQH,
    /** علوم قضایی */
    JUDICIAL_SCIENCES,
    /** رایانه و فناوری اطلاعات */
    COMPUTING,
    /** any other field (A20 asks for none in particular) */
    OTHER;

    /** A17-1/A18-1: law, fiqh or judicial sciences. */
    public boolean legal() {
        return this == LAW || this == FIQH || this == JUDICIAL_SCIENCES;
    }
}
