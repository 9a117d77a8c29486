/**
 * Notices and electronic service (A7, A8): a notice is served when deposited in the recipient's
 * SANA account, to the channels in force at that moment; an SMS is only an alert; the view is
 * recorded once; a proven lack of access moves the service time; deadlines start from service.
 */
package ir.daftar.core.notice;
