package cn.perfeval.base;

import java.util.function.Function;

/** A detail of a refusal that carries messages: resolved in the caller's language before it is sent. */
public interface LocalizedDetail {

    /** This detail with its messages written out by {@code resolver}, ready to serialize. */
    Object resolve(Function<LocalizedMessage, String> resolver);
}
