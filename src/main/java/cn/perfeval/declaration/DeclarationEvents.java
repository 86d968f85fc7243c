package cn.perfeval.declaration;

/** Domain events of the declaration module. */
public final class DeclarationEvents {

    private DeclarationEvents() {
    }

    /** A declaration was created in drafting; its route starts. */
    public record DeclarationCreated(long declarationId, long departmentId, long regionId, String username) {
    }

    /** A drafter saved the document of a declaration in drafting. */
    public record DeclarationSaved(long declarationId, int version, String username) {
    }

    /** A declaration moved on its route. */
    public record DeclarationStatusChanged(long declarationId, DeclarationAction action, DeclarationStatus from,
            DeclarationStatus to, int version, String username, String comment) {
    }

    /** A drafter asked to adjust an approved declaration: a new version goes to finance approval. */
    public record AdjustmentRequested(long declarationId, long departmentId, long regionId, int version,
            String username, String reason) {
    }
}
