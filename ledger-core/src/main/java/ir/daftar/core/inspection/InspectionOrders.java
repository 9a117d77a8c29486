package ir.daftar.core.inspection;

import java.util.Optional;

/** Port, A28/A33: the inspection orders of the Kanoons' boards, as the Kanoons' ledgers hold them now. */
public interface InspectionOrders {

    /** The order {@code orderId} of Kanoon {@code kanoonId}, empty when there is none. */
    Optional<InspectionOrder> find(String kanoonId, String orderId);
}
