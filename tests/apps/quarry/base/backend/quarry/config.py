class Config:
    API_PREFIX = "/api/v1"
    JSON_SORT_KEYS = False
