package catalogseed

func outdoor() department {
	return department{
		name: "Outdoor",
		brands: []string{
			"Ridgeline", "Summitcraft", "Alder & Stone", "Timberwolf", "Basecamp North",
			"Cairnfield", "Wildbound", "Trailhaven", "Granite Peak", "Boreal Gear",
			"Switchback", "Kestrel Outdoor", "Pinecrest", "Canyonland", "Driftwood Co",
			"Farpoint", "Nomad Ridge", "Highmark", "Lost Creek",
		},
		lines: []string{
			"Basecamp", "Summit", "Alpine", "Backcountry", "Trailhead", "Canyon",
			"Tundra", "Sierra", "Cascade", "Glacier", "Timberline", "Wayfarer",
			"Expedition", "Northstar", "Fjord",
		},
		openers: []string{
			"The {name} is built for long days far from the trailhead.",
			"{brand} field-tested the {noun} on three continents before calling it done.",
			"Light enough for a weekend, tough enough for a season: meet the {name}.",
			"Whether it's a quick overnight or a week in the backcountry, the {name} has you covered.",
			"The {name} trims every gram that doesn't earn its place.",
		},
		features: []string{
			"Bluesign-approved fabrics and PFC-free water repellent go easy on the planet.",
			"Glove-friendly buckles and pulls work in the cold.",
			"Packs down small to leave room for the rest of your kit.",
			"Reinforced stress points stand up to rock, brush and rough handling.",
			"Every design is tested by our guides in wind, rain and snow.",
			"Repair kits and spare parts are available for years after purchase.",
		},
		closings: []string{
			"Covered by our no-questions-asked lifetime repair guarantee.",
			"Dry completely before storing to prevent mildew.",
			"Includes a stuff sack and a field repair kit.",
			"Leave no trace: pack out what you pack in.",
		},
		praise: []string{
			"Survived a week of rain in the mountains without a problem.",
			"Lighter than anything I've owned before.",
			"Packs down small and sets up fast.",
			"Worth every ounce on a long thru-hike.",
			"Held up great on a week-long canoe trip.",
			"Everything about it feels thoughtfully designed.",
		},
		gripes: []string{
			"A zipper failed on the second trip.",
			"Heavier than the listed weight.",
			"It let in water during the first real storm.",
			"The stuff sack is too small to get it back in.",
			"The straps dig in after a few miles.",
			"Too bulky to fit in my pack.",
		},
		children: []leaf{
			{
				name:   "Tents",
				traits: []string{"Ultralight", "Freestanding", "3-Season", "4-Season", "Backpacking"},
				nouns:  []string{"2-Person Tent", "4-Person Tent", "Dome Tent", "Tarp Shelter", "Bivy"},
				features: []string{
					"Color-coded poles and clips make pitching fast, even in the dark.",
					"Two doors and two vestibules mean nobody climbs over anyone.",
					"A fully taped rainfly and bathtub floor keep storms outside.",
				},
				price: [2]int{95, 600},
				vary:  gearColors(),
			},
			{
				name:   "Sleeping Bags",
				traits: []string{"650-Fill Down", "800-Fill Down", "Synthetic", "Recycled Synthetic"},
				nouns:  []string{"Mummy Sleeping Bag", "Rectangular Sleeping Bag", "Sleeping Quilt", "Sleeping Pad"},
				features: []string{
					"{trait} insulation keeps you warm down to 20°F.",
					"A contoured hood and draft collar seal in heat on cold nights.",
					"Compresses to the size of a loaf of bread.",
				},
				price: [2]int{50, 420},
				vary:  axis{name: "length", values: []string{"Regular", "Long"}, ordered: true, step: 8},
				fixed: []axis{gearColors()},
			},
			{
				name:   "Backpacks",
				traits: []string{"Ripstop Nylon", "Waxed Canvas", "Recycled Polyester", "Cordura"},
				nouns:  []string{"Daypack", "45L Backpack", "65L Backpacking Pack", "Hydration Pack", "Travel Pack"},
				features: []string{
					"Tough {trait} fabric shrugs off abrasion and light rain.",
					"An adjustable torso and padded hip belt carry weight where it belongs.",
					"Stretch side pockets hold a water bottle within easy reach.",
				},
				price: [2]int{40, 320},
				vary:  gearColors(),
			},
			{
				name:   "Camp Kitchen",
				traits: []string{"Titanium", "Hard-Anodized Aluminum", "Stainless Steel", "Collapsible Silicone"},
				nouns:  []string{"Camp Stove", "Cook Set", "Insulated Mug", "Utensil Set", "Camp Kettle"},
				features: []string{
					"{trait} construction is light, strong and easy to clean at camp.",
					"Everything nests together to save space in your pack.",
					"Boils a liter of water in about three minutes.",
				},
				price: [2]int{12, 180},
				vary:  gearColors(),
			},
			{
				name:   "Hydration",
				traits: []string{"Insulated Stainless Steel", "BPA-Free", "Collapsible", "Filtered"},
				nouns:  []string{"Water Bottle", "Hydration Reservoir", "Water Filter", "Tumbler"},
				features: []string{
					"Keeps drinks cold for 24 hours or hot for 12.",
					"A leakproof cap rides safely in any bag.",
					"The wide mouth fits ice cubes and cleans easily.",
				},
				price: [2]int{12, 80},
				vary:  axis{name: "size", values: []string{"500 ml", "750 ml", "1 L"}, ordered: true, step: 12},
				fixed: []axis{gearColors()},
			},
		},
	}
}
