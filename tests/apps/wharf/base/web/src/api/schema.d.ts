export interface Ship {
  id: number;
  name: string;
  flag: string;
  draftM: number;
  tonnage: number;
  berth: number | null;
}

export interface NewShip {
  name: string;
  flag?: string;
  length: number;
  beam: number;
  draft?: number;
}

export interface Berth {
  id: number;
  quay: string;
  depthM: number;
  ship: number | null;
}

type Json<T> = { content: { "application/json": T } };

export interface paths {
  "/api/ships/": {
    get: { responses: { 200: Json<Ship[]> } };
    post: { requestBody: Json<NewShip>; responses: { 201: Json<Ship> } };
  };
  "/api/ships/{ship_id}": {
    get: { parameters: { path: { ship_id: number } }; responses: { 200: Json<Ship> } };
    patch: { parameters: { path: { ship_id: number } }; requestBody: Json<{ draft: number }>; responses: { 200: Json<Ship> } };
  };
  "/api/ships/{ship_id}/depart": {
    post: { parameters: { path: { ship_id: number } }; responses: { 200: Json<Ship> } };
  };
  "/api/berths/": {
    get: { responses: { 200: Json<Berth[]> } };
  };
  "/api/berths/{berth_id}/moor": {
    post: { parameters: { path: { berth_id: number } }; requestBody: Json<{ shipId: number; hours?: number }>; responses: { 200: Json<{ berth: number; ship: number; hours: number }> } };
  };
}
