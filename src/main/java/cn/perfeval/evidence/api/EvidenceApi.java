package cn.perfeval.evidence.api;

import cn.perfeval.evidence.EvidenceDownload;
import cn.perfeval.evidence.EvidenceInfo;
import cn.perfeval.evidence.EvidenceService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/reports/{id}/evidence}: the report's evidence files. The list and downloads for
 * anyone who may see the report; upload (multipart, part {@code file}, optional {@code note}) and
 * delete for its drafter while it is in drafting. A download is always an attachment, with the
 * UTF-8 file name and {@code X-Content-Type-Options: nosniff}, typed as its content was found to be.
 */
@RestController
@RequestMapping("/api/reports/{id}/evidence")
class EvidenceApi {

    private final EvidenceService evidence;

    EvidenceApi(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    List<EvidenceInfo> list(@PathVariable long id) {
        return evidence.list(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    // The code the API documentation names; the answer itself sets it (with the Location).
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EvidenceInfo> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "note", required = false) String note) throws IOException {
        EvidenceInfo saved = evidence.upload(id, file.getOriginalFilename(), file.getBytes(), note);
        return ResponseEntity.created(URI.create("/api/reports/" + id + "/evidence/" + saved.id())).body(saved);
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        EvidenceDownload file = evidence.download(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @DeleteMapping("/{fileId}")
    // The code the API documentation names; the answer itself sets it.
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long fileId) {
        evidence.delete(id, fileId);
        return ResponseEntity.noContent().build();
    }
}
