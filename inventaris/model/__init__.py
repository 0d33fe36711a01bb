"""The SQLAlchemy model. Importing this package registers every table on ``Base.metadata``."""

from inventaris.model.account import User, user_unit
from inventaris.model.asset import Asset, AssetEvent, RegisterCounter
from inventaris.model.attachment import Attachment
from inventaris.model.audit import AuditEntry
from inventaris.model.base import Base, UtcDateTime
from inventaris.model.booking import Booking, BookingSeries, BookingSettings
from inventaris.model.catalog import AssetCode
from inventaris.model.handover import Handover, HandoverItem
from inventaris.model.importing import ImportLayout
from inventaris.model.label import LabelTemplate
from inventaris.model.location import Building, Room
from inventaris.model.office import RegencySettings, Unit, UsefulLife
from inventaris.model.residence import (
    FamilyMember,
    MaintenanceRecord,
    Occupancy,
    ResidenceDetail,
    ResidenceSettings,
)
from inventaris.model.stocktake import (
    DisposalDecree,
    DisposalProposal,
    DisposalProposalItem,
    Stocktake,
    StocktakeFollowUp,
    StocktakeItem,
    StocktakePlace,
    StocktakeRoom,
    StocktakeScan,
)
from inventaris.model.vehicle import (
    FuelRecord,
    OdometerReset,
    ServicePlan,
    ServiceRecord,
    VehicleDetail,
    VehicleDocument,
    VehiclePayment,
)

__all__ = [
    "Asset",
    "AssetCode",
    "AssetEvent",
    "Attachment",
    "AuditEntry",
    "Base",
    "Booking",
    "BookingSeries",
    "BookingSettings",
    "Building",
    "DisposalDecree",
    "DisposalProposal",
    "DisposalProposalItem",
    "FamilyMember",
    "FuelRecord",
    "Handover",
    "HandoverItem",
    "ImportLayout",
    "LabelTemplate",
    "MaintenanceRecord",
    "Occupancy",
    "OdometerReset",
    "RegencySettings",
    "RegisterCounter",
    "ResidenceDetail",
    "ResidenceSettings",
    "Room",
    "ServicePlan",
    "ServiceRecord",
    "Stocktake",
    "StocktakeFollowUp",
    "StocktakeItem",
    "StocktakePlace",
    "StocktakeRoom",
    "StocktakeScan",
    "Unit",
    "UsefulLife",
    "User",
    "UtcDateTime",
    "VehicleDetail",
    "VehicleDocument",
    "VehiclePayment",
    "user_unit",
]
