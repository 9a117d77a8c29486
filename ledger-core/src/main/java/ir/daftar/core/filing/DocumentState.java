package ir.daftar.core.filing;

/** An electronic document of a filing with its conformity decision and whether a later document replaced it. */
record DocumentState(ElectronicDocument document, Conformity conformity, boolean replaced) {

    enum Conformity {
        PENDING,
        VERIFIED,
        REJECTED
    }

    DocumentState decided(Conformity decision) {
        return new DocumentState(document, decision, replaced);
    }

    DocumentState replacedByAnother() {
        return new DocumentState(document, conformity, true);
    }
}
