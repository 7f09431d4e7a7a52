SECRET_KEY = "dev-only"
DEBUG = True
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "sawmill.urls"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "yard",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "sawmill.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
