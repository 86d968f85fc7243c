package cn.perfeval.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    private String name;

    private String type;
    private Integer staffingAuthorized;
    private Integer staffingActual;
    private Integer staffingRetired;

    protected Department() {
    }

    Department(Region region, String name, String type) {
        this.region = region;
        this.name = name;
        this.type = type;
    }

    Long getId() {
        return id;
    }

    Region getRegion() {
        return region;
    }

    String getName() {
        return name;
    }

    DepartmentInfo info() {
        return new DepartmentInfo(id, name, type, region.getId(), region.getName(), staffingAuthorized, staffingActual,
                staffingRetired);
    }

    void describe(String type, Integer authorized, Integer actual, Integer retired) {
        this.type = type;
        this.staffingAuthorized = authorized;
        this.staffingActual = actual;
        this.staffingRetired = retired;
    }
}
