package catalogseed

func sports() department {
	return department{
		name: "Sports",
		brands: []string{
			"Apexa", "Strivon", "Kinetica", "Peloforce", "Coreline",
			"Flexora", "Vantage Athletics", "Sprintek", "Pacewell", "Ironbark",
			"Tempo Sport", "Ascendo", "Agilis", "Endura Pro", "Zenmat",
			"Aquaflow", "Crossfield", "Bolt & Barrow", "Victra",
		},
		lines: []string{
			"Pro", "Elite", "Endurance", "Flex", "Velocity", "Core", "Power",
			"Sprint", "Balance", "Peak", "Momentum", "Rally", "Stamina", "Primo",
			"Training",
		},
		openers: []string{
			"The {name} is built to keep up with your toughest sessions.",
			"{brand} worked with coaches and athletes to get this {noun} right.",
			"Train harder and recover faster with the {name}.",
			"From your first workout to your next personal best, the {name} is up to it.",
			"The {name} is made for athletes who show up every day.",
		},
		features: []string{
			"Tested by competitive athletes for durability and performance.",
			"Sweat-resistant materials wipe clean after every session.",
			"Balanced and comfortable, so you focus on the workout, not the gear.",
			"Built to handle daily training for years.",
			"Meets official size and weight specifications.",
			"Compact enough to take to the gym, the park or on the road.",
		},
		closings: []string{
			"Covered by a one-year warranty against defects.",
			"Wipe down after use and store out of direct sunlight.",
			"Consult a professional before starting a new training program.",
			"Check fit and sizing in the size guide before ordering.",
		},
		praise: []string{
			"Held up perfectly through months of daily training.",
			"Exactly what I needed for my home workouts.",
			"Great grip and feels very solid.",
			"My coach recommended it and I can see why.",
			"Excellent quality for the price.",
			"Comfortable enough that I forget I'm using it.",
		},
		gripes: []string{
			"It started falling apart after a few weeks.",
			"The grip wears off quickly.",
			"Sizing is inconsistent with the chart.",
			"It smells strongly of rubber even after airing out.",
			"Not sturdy enough for serious training.",
			"The color faded after a few washes.",
		},
		children: []leaf{
			{
				name:   "Yoga",
				traits: []string{"Non-Slip", "Cork", "Natural Rubber", "Eco TPE", "Foam"},
				nouns:  []string{"Yoga Mat", "Yoga Block", "Yoga Strap", "Meditation Cushion"},
				features: []string{
					"A {trait} surface grips even during hot, sweaty flows.",
					"Cushioned enough for knees, firm enough for balance poses.",
					"Lightweight with a carrying strap for the commute to class.",
				},
				price: [2]int{15, 120},
				vary:  homeColors(),
			},
			{
				name:   "Cycling",
				traits: []string{"Carbon", "Aluminum", "Reflective", "Padded", "Aero"},
				nouns:  []string{"Bike Helmet", "Cycling Jersey", "Bike Light Set", "Saddle Bag", "Cycling Gloves"},
				features: []string{
					"{trait} construction shaves weight without sacrificing strength.",
					"High-visibility accents keep you seen in traffic.",
					"Designed with riders for comfort on long days in the saddle.",
				},
				price: [2]int{20, 250},
				vary:  axis{name: "size", values: []string{"S", "M", "L", "XL"}, ordered: true},
				fixed: []axis{gearColors()},
			},
			{
				name:   "Fitness Equipment",
				traits: []string{"Adjustable", "Cast Iron", "Neoprene-Coated", "Rubber Hex", "Steel"},
				nouns:  []string{"Dumbbell Pair", "Kettlebell", "Medicine Ball", "Weighted Vest", "Slam Ball"},
				features: []string{
					"{trait} construction handles drops and daily use.",
					"Knurled, textured grips stay secure even with sweaty hands.",
					"Weight markings are easy to read at a glance.",
				},
				price: [2]int{20, 260},
				vary:  axis{name: "weight", values: []string{"10 lb", "15 lb", "20 lb", "25 lb", "35 lb", "50 lb"}, ordered: true, step: 30},
			},
			{
				name:   "Team Sports",
				traits: []string{"Composite", "Leather", "Synthetic Leather", "Match-Grade"},
				nouns:  []string{"Soccer Ball", "Basketball", "Volleyball", "Football", "Rugby Ball"},
				features: []string{
					"A {trait} cover offers a consistent touch in all conditions.",
					"A butyl bladder holds air for weeks.",
					"Deep channels and a tacky surface improve grip and control.",
				},
				price: [2]int{18, 120},
				vary:  axis{name: "size", values: []string{"Size 3", "Size 4", "Size 5"}, ordered: true, step: 8},
			},
			{
				name:   "Swimming",
				traits: []string{"Anti-Fog", "Chlorine-Resistant", "Quick-Dry", "Silicone"},
				nouns:  []string{"Swim Goggles", "Swim Cap", "Swim Jammers", "Kickboard", "Swim Fins"},
				features: []string{
					"{trait} materials hold up to daily laps in the pool.",
					"A low-profile design cuts drag in the water.",
					"Comfortable seals and straps adjust in seconds.",
				},
				price: [2]int{10, 70},
				vary:  gadgetColors(),
			},
		},
	}
}
