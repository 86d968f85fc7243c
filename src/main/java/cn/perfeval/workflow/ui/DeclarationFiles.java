package cn.perfeval.workflow.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.declaration.DeclarationDocument;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A declaration document (docs/declarations.md) read from an uploaded JSON file. */
final class DeclarationFiles {

    private DeclarationFiles() {
    }

    /** The file's document; a file that is not one is refused as unreadable, with where it broke. */
    static DeclarationDocument read(JsonMapper json, byte[] bytes) {
        try {
            DeclarationDocument doc = json.readValue(bytes, DeclarationDocument.class);
            if (doc == null) {
                throw new InvalidInputException(List.of(FieldProblem.of("(document)", "error.json.malformed", "",
                        "1:1")));
            }
            return doc;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(FieldProblem.of("(document)", "error.json.malformed", "", where)));
        }
    }
}
