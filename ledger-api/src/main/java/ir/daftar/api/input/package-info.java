/**
 * Reading what people type, shared by every feature's controllers: fields checked together and
 * refused as one 400 naming each field ({@link ir.daftar.api.input.Inputs}), amounts, dates and
 * instants in Persian or Latin digits ({@link ir.daftar.api.input.Times}).
 */
package ir.daftar.api.input;
