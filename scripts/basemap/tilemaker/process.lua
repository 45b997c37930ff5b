-- OpenStreetMap tags → the layer schema of the embedded basemap (see docs/basemap.md). tilemaker 2.x API.

node_keys = { "place", "natural", "amenity" }

function init_function()
end

function exit_function()
end

local settlement = {
  city = { rank = 1, minzoom = 8 },
  town = { rank = 2, minzoom = 9 },
  suburb = { rank = 3, minzoom = 12 },
  village = { rank = 3, minzoom = 11 },
  hamlet = { rank = 4, minzoom = 13 },
}

local national = { motorway = true, trunk = true, primary = true }
local road_minzoom = { motorway = 8, trunk = 8, primary = 8, secondary = 9, tertiary = 10 }

-- "QL.3", "QL 3" → "QL3", as on Vietnamese road signs.
local function clean_ref(ref)
  return (ref:gsub("[%s%.]", ""))
end

function node_function(node)
  local place = node:Find("place")
  local s = settlement[place]
  if s and node:Find("name") ~= "" then
    node:Layer("places", false)
    node:Attribute("kind", place)
    node:Attribute("name", node:Find("name"))
    node:AttributeNumeric("rank", s.rank)
    node:MinZoom(s.minzoom)
    return
  end
  local natural = node:Find("natural")
  if natural == "peak" or natural == "spring" then
    node:Layer("pois", false)
    node:Attribute("kind", natural)
    if node:Find("name") ~= "" then node:Attribute("name", node:Find("name")) end
    local ele = tonumber(node:Find("ele"))
    if ele then node:AttributeNumeric("ele", math.floor(ele + 0.5)) end
    return
  end
  if node:Find("amenity") == "place_of_worship" then
    node:Layer("pois", false)
    node:Attribute("kind", "worship")
    node:Attribute("religion", node:Find("religion"))
    if node:Find("name") ~= "" then node:Attribute("name", node:Find("name")) end
    node:MinZoom(12)
  end
end

function way_function(way)
  local highway = way:Find("highway")
  local waterway = way:Find("waterway")
  local railway = way:Find("railway")
  local natural = way:Find("natural")
  local landuse = way:Find("landuse")
  local building = way:Find("building")

  if highway ~= "" and highway ~= "proposed" and highway ~= "construction" then
    way:Layer("roads", false)
    way:Attribute("kind", national[highway] and "national" or "minor")
    way:Attribute("class", highway)
    if way:Find("name") ~= "" then way:Attribute("name", way:Find("name")) end
    if way:Find("ref") ~= "" then way:Attribute("ref", clean_ref(way:Find("ref"))) end
    way:MinZoom(road_minzoom[highway] or 12)
  end
  if railway == "rail" then
    way:Layer("railways", false)
    way:Attribute("kind", "rail")
    if way:Find("name") ~= "" then way:Attribute("name", way:Find("name")) end
  end
  if waterway == "river" or waterway == "stream" or waterway == "canal" then
    way:Layer("waterways", false)
    way:Attribute("kind", waterway)
    if way:Find("name") ~= "" then way:Attribute("name", way:Find("name")) end
    if waterway ~= "river" then way:MinZoom(11) end
  end
  if way:IsClosed() then
    if natural == "water" or landuse == "reservoir" or waterway == "riverbank" then
      way:Layer("water", true)
      way:Attribute("kind", "lake")
    elseif natural == "wood" or landuse ~= "" then
      way:Layer("landuse", true)
      way:Attribute("kind", landuse ~= "" and landuse or "forest")
    end
    if building ~= "" then
      way:Layer("buildings", true)
    end
  end
end
