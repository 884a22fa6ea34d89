package io.tasklane.documents;

import io.tasklane.api.ApiCall;
import io.tasklane.api.ApiResult;
import io.tasklane.api.Endpoint;
import io.tasklane.api.FilePart;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST …/upload} (reference §5.3, §12): the multipart part {@code uploadedFile} is stored
 * and answered with {@code {"handle": "<32 hex>"}}, to be named in a document or version create.
 */
final class UploadEndpoint implements Endpoint {
  static final String PART = "uploadedFile";

  private final ContentStore store;
  private final Sweeper sweeper;

  UploadEndpoint(ContentStore store, Sweeper sweeper) {
    this.store = store;
    this.sweeper = sweeper;
  }

  @Override
  public boolean writes(ApiCall call) {
    return true;
  }

  @Override
  public ApiResult handle(ApiCall call, Optional<Principal> principal) {
    if (!call.method().equals("POST") && !call.method().equals("PUT")) {
      throw ApiException.badRequest("upload takes a POST with a multipart body.");
    }
    FilePart part =
        call.files().stream()
            .filter(f -> f.name().equals(PART))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "upload needs a multipart/form-data body with the file in the part '"
                            + PART
                            + "'."));
    String handle = store.store(principal.orElseThrow(), part);
    sweeper.maybeSweep();
    return ApiResult.of(Map.of("handle", handle));
  }
}
