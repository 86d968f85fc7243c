package cn.perfeval.identity;

/** A region (县/区). */
public record RegionInfo(long id, String name) {
}
