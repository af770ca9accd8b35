package com.chainleads.construction.ui;

import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.EvidenceFile;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves evidence files to signed-in users: {@code /construction/evidence/<id>} (the file, re-encoded without
 * metadata for images) and {@code …/thumbnail}. Every request asks the service, which checks that the caller can
 * see the lead right now; a file of a lead they cannot see answers 404, like one that does not exist. Responses
 * are private and not cached by shared caches; the security headers (nosniff …) apply as everywhere.
 */
@RestController
class EvidenceController {

    static final String PATH = "/construction/evidence";

    private final ConstructionService construction;

    EvidenceController(ConstructionService construction) {
        this.construction = construction;
    }

    @GetMapping(PATH + "/{id}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id) {
        return send(construction.evidenceFile(id, false));
    }

    @GetMapping(PATH + "/{id}/thumbnail")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable long id) {
        return send(construction.evidenceFile(id, true));
    }

    private static ResponseEntity<InputStreamResource> send(EvidenceFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(file.content()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not found");
    }
}
