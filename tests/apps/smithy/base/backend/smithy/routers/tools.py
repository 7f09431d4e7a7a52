from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from ..metallurgy import tempered_hardness
from ..routing import TimedRoute, forge_key

router = APIRouter(prefix="/tools", route_class=TimedRoute, dependencies=[Depends(forge_key)])


class Tool(BaseModel):
    id: int
    name: str
    steel: str
    edgeAngle: float
    hardness: int


TOOLS = {
    1: Tool(id=1, name="Froe", steel="1075", edgeAngle=30.0, hardness=55),
    2: Tool(id=2, name="Drawknife", steel="O1", edgeAngle=25.0, hardness=60),
}


@router.get("", response_model=list[Tool])
def list_tools():
    return list(TOOLS.values())


@router.get("/{tool_id}", response_model=Tool)
def get_tool(tool_id: int):
    if tool_id not in TOOLS:
        raise HTTPException(status_code=404)
    return TOOLS[tool_id]


@router.post("/{tool_id}/sharpen", response_model=Tool)
def sharpen(tool_id: int):
    tool = TOOLS.get(tool_id)
    if tool is None:
        raise HTTPException(status_code=404)
    tool.hardness = tempered_hardness(tool.hardness, 30)
    return tool
