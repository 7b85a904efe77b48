"""The `curators` group: review and correct what the machine extracted, merge duplicates; never delete
rows or manage users (that stays with superusers)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = {
    "statements": [
        "view_figureclaim", "change_figureclaim",
        "view_statement", "change_statement",
        "view_speaker", "change_speaker", "merge_speaker",
        "view_speakeralias", "add_speakeralias", "change_speakeralias",
        "view_forum", "change_forum", "merge_forum",
        "view_article",
    ],
    "ingest": ["view_feed"],
}  # fmt: skip


def create_curators(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now. The historical
    # app configs have no models module, which create_permissions checks for.
    for app_label in CURATOR_PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        stub = getattr(app_config, "models_module", None) is None
        if stub:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        if stub:
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curators, _ = Group.objects.get_or_create(name="curators")
    for app_label, codenames in CURATOR_PERMISSIONS.items():
        permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        assert permissions.count() == len(codenames), f"missing permissions for {app_label}"
        curators.permissions.add(*permissions)


def remove_curators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="curators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("ingest", "0001_initial"),
        ("statements", "0003_curation_permissions"),
    ]
    operations = [migrations.RunPython(create_curators, remove_curators)]
