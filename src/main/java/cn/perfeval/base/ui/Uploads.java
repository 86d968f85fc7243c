package cn.perfeval.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The Upload component's own texts (buttons, drop hint, refusals) in the user's language. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Sets the texts of an upload that takes one file at a time: the button, the drop hint, and
     * what the browser says when a file is too big or of a type not accepted.
     */
    public static Upload single(Upload upload, Component owner, String buttonKey) {
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation(buttonKey))
                .setMany(owner.getTranslation(buttonKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop"))
                .setMany(owner.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("upload.too-many"))
                .setFileIsTooBig(owner.getTranslation("upload.too-big"))
                .setIncorrectFileType(owner.getTranslation("upload.wrong-type")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
