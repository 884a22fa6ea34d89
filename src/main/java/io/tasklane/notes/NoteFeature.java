package io.tasklane.notes;

import io.tasklane.access.AccessPolicy;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/** Contributes NOTE and NTAG with their rules. */
public final class NoteFeature {
  private final AccessPolicy access;

  public NoteFeature(AccessPolicy access) {
    this.access = access;
  }

  public void define(Registry.Builder registry) {
    NoteDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    b.rules("NOTE", new NoteRules(writes, registry, access));
    b.rules("NTAG", new NoteTagRules(writes, registry));
  }

  public static Map<String, String> constraintMessages() {
    return Map.of("note_tags_uq", "This note already tags them.");
  }
}
