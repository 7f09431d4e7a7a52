from rest_framework import serializers

from .models import CutOrder, Log
from .volume import board_feet


class LogSerializer(serializers.ModelSerializer):
    board_feet = serializers.SerializerMethodField()

    class Meta:
        model = Log
        fields = ["id", "species", "length_m", "diameter_cm", "grade", "felled_on", "milled", "board_feet"]

    def get_board_feet(self, log):
        return board_feet(log.length_m, log.diameter_cm)


class CutOrderSerializer(serializers.ModelSerializer):
    class Meta:
        model = CutOrder
        fields = ["id", "log", "thickness_mm", "boards", "customer", "created_at"]
