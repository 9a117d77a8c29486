package ir.daftar.projections.officeregistry;

/** The GD's work queue, oldest first: everything waiting for {@code waitingFor} ({@code null} = for anyone). */
public record FindOfficeWorkQueue(String waitingFor) {
}
