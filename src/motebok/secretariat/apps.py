from django.apps import AppConfig


class SecretariatConfig(AppConfig):
    name = "motebok.secretariat"
    label = "secretariat"
    default_auto_field = "django.db.models.BigAutoField"
