package cn.perfeval.identity;

/**
 * What other modules know of a department: its name, type (行政单位, 参照公务员法管理事业单位,
 * 事业单位), region and staffing (编制数, 实有在职人数, 退休人数; null where not recorded).
 */
public record DepartmentInfo(long id, String name, String type, long regionId, String regionName,
        Integer staffingAuthorized, Integer staffingActual, Integer staffingRetired) {
}
