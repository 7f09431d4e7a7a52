from rest_framework import serializers

from .models import Plant, Watering, Zone


class ZoneSerializer(serializers.ModelSerializer):
    plant_count = serializers.IntegerField(source="plants.count", read_only=True)

    class Meta:
        model = Zone
        fields = ["id", "name", "humidity_target", "plant_count"]


class WateringSerializer(serializers.ModelSerializer):
    amount = serializers.IntegerField(source="amount_ml", min_value=1)

    class Meta:
        model = Watering
        fields = ["id", "amount", "note", "watered_at"]
        read_only_fields = ["watered_at"]


class PlantSerializer(serializers.ModelSerializer):
    zone_name = serializers.CharField(source="zone.name", read_only=True)
    next_watering = serializers.SerializerMethodField()

    class Meta:
        model = Plant
        fields = [
            "id",
            "name",
            "species",
            "zone",
            "zone_name",
            "water_every_days",
            "last_watered_at",
            "next_watering",
        ]
        read_only_fields = ["last_watered_at"]

    def get_next_watering(self, plant):
        due = plant.next_watering()
        return due.isoformat() if due else None
