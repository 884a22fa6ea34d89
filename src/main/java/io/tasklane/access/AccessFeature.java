package io.tasklane.access;

import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;

/** Contributes ACSRUL, the read visibility of the work types and the write policy. */
public final class AccessFeature {
  private final AccessPolicy policy = new AccessPolicy();

  public AccessPolicy policy() {
    return policy;
  }

  public void define(Registry.Builder registry) {
    AccessDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    b.rules("ACSRUL", new AccessRuleRules(writes, registry, policy));
    new ShareAction(writes, registry).register(b);
    String mine = "enteredByID=$$USER.ID";
    String assigned = "assignments:assignedToID=$$USER.ID";
    String shared = "accessRules:accessorID=" + Visibility.ACCESSORS;
    String[] project = Visibility.project("project:");
    b.rules("PROJ", Visibility.of(Visibility.project("")));
    b.rules(
        "TASK", Visibility.of(Visibility.concat(new String[] {mine, assigned, shared}, project)));
    b.rules(
        "OPTASK",
        Visibility.of(
            Visibility.concat(
                new String[] {mine, "ownerID=$$USER.ID", assigned, shared}, project)));
    String[] onWork = {
      "task:" + assigned, "task:" + shared, "opTask:" + assigned, "opTask:" + shared
    };
    b.rules(
        "DOCU",
        Visibility.of(
            Visibility.concat(
                new String[] {mine, "ownerID=$$USER.ID", shared, "objID=$$USER.ID"},
                onWork,
                project)));
    b.rules(
        "NOTE",
        Visibility.of(
            Visibility.concat(
                new String[] {"ownerID=$$USER.ID", "document:ownerID=$$USER.ID"},
                onWork,
                project)));
    b.rules("HOUR", Visibility.of(Visibility.concat(new String[] {"ownerID=$$USER.ID"}, project)));
    b.rules(
        "ASSGN",
        Visibility.of(Visibility.concat(new String[] {"assignedToID=$$USER.ID"}, project)));
    b.rules("WRKITM", Visibility.of("assignedToID=$$USER.ID"));
    b.rules(
        "WORK",
        Visibility.of(
            Visibility.concat(new String[] {mine, "workItems:assignedToID=$$USER.ID"}, project)));
    b.rules("ACSRUL", Visibility.of("accessorID=" + Visibility.ACCESSORS, mine));
  }
}
