package ir.daftar.projections.officeregistry;

import ir.daftar.core.office.LicenceCondition;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.OfficeStatus;
import java.time.Instant;

/**
 * The registered offices, oldest first, with their licence condition and status at {@code at}; each filter
 * ({@code null} = any) narrows the list: the province, the status, the licence condition, whether the staffing meets
 * the minimum (A15). {@code officeId} picks one office.
 */
public record FindOffices(String officeId, String province, OfficeStatus status, LicenceCondition licence,
                          Boolean staffingComplete, Instant at) {
}
