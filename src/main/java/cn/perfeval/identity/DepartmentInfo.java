package cn.perfeval.identity;

/** What other modules know of a department. */
public record DepartmentInfo(long id, String name, String type, long regionId, String regionName) {
}
