class Config:
    API_PREFIX = "/api/v1"
    LOW_STOCK = 5
