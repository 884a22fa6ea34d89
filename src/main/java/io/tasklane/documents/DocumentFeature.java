package io.tasklane.documents;

import io.tasklane.access.AccessPolicy;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;

/** Contributes DOCU and DOCV, the upload and download endpoints and the content store. */
public final class DocumentFeature {
  private final AccessPolicy access;

  public DocumentFeature(AccessPolicy access) {
    this.access = access;
  }

  public void define(Registry.Builder registry) {
    DocumentDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {}
}
