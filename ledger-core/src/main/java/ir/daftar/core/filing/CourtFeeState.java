package ir.daftar.core.filing;

/** Where a filing's court fee stands: not assessed, assessed, or paid. */
sealed interface CourtFeeState {

    record NotAssessed() implements CourtFeeState {
    }

    record Assessed(long amountRials, String tariffVersion) implements CourtFeeState {
    }

    record Paid(long amountRials, String tariffVersion, String paymentReference) implements CourtFeeState {
    }
}
