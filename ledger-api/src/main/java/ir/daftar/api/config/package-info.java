/**
 * The application's wiring, one package per concern: {@code axon} (event store, serializers, command
 * interceptors, conflict retry, meters), {@code cache} (the aggregate cache), {@code json} (the
 * ledger's mapper, the strict request mapping, plain text), {@code http} (request body limits) and
 * {@code privacy} (the keyed hash of national codes). Here: the locale and the request id of every request.
 */
package ir.daftar.api.config;
