package catalogseed

func footwear() department {
	return department{
		name: "Footwear",
		brands: []string{
			"Velora", "Stridewell", "Pacer & Finch", "Kestrel Run", "Tarn",
			"Bramblefoot", "Arcwalk", "Ridgeway", "Cobble & Lane", "Fleetfoot",
			"Nimbusa", "Trekora", "Heelstone", "Marathos", "Loftstep",
			"Quillon", "Dunmore", "Aerin", "Solvane",
		},
		lines: []string{
			"Trailblazer", "Swift", "Cloudstride", "Tempo", "Ridge", "Pacer",
			"Glide", "Summit", "Voyager", "Horizon", "Apex", "Cruiser", "Metro",
			"Zephyr", "Ascent",
		},
		openers: []string{
			"The {name} is built for the miles you actually walk and run.",
			"{brand} rethought the {noun} from the sole up.",
			"Light underfoot and steady on every surface, the {name} is ready when you are.",
			"Our best-selling {noun}, now with an upgraded {trait} upper.",
			"The {name} blends all-day comfort with a clean, versatile look.",
		},
		features: []string{
			"A cushioned footbed molds to your foot over the first few wears.",
			"A durable rubber outsole is built to go the distance on city streets.",
			"A padded collar and tongue keep pressure off the top of the foot.",
			"Every pair ships in a recycled shoebox with a cotton dust bag.",
			"A removable insole makes room for your own orthotics.",
			"Each pair is wear-tested for hundreds of miles before release.",
		},
		closings: []string{
			"Fits true to size; if you are between sizes, go half a size up.",
			"Spot clean with a damp cloth and let air dry away from direct heat.",
			"Available in regular width only.",
			"Try them on indoors: unworn pairs can be returned within 30 days.",
		},
		praise: []string{
			"Fits true to size and felt great straight out of the box.",
			"My feet stayed comfortable through a full day of walking.",
			"Plenty of cushioning without feeling heavy.",
			"The grip is excellent, even on wet sidewalks.",
			"No break-in period at all.",
			"Plenty of room in the toe box for my wide feet.",
		},
		gripes: []string{
			"The sizing runs about half a size small.",
			"The heel started rubbing after the first week.",
			"The sole wore down faster than I expected.",
			"They squeak on smooth floors.",
			"Too narrow for my feet, even after breaking them in.",
			"The laces are too short to double knot.",
		},
		children: []leaf{
			{
				name:   "Running",
				traits: []string{"Mesh", "Knit", "Engineered Mesh", "Recycled Knit"},
				nouns:  []string{"Running Shoe", "Trail Running Shoe", "Racing Flat", "Road Running Shoe"},
				features: []string{
					"A breathable {trait} upper keeps air moving on hot runs.",
					"The responsive foam midsole returns energy with every stride.",
					"An 8 mm drop suits both heel and midfoot strikers.",
				},
				price: [2]int{70, 185},
				vary:  shoeSizes(),
				fixed: []axis{gearColors()},
			},
			{
				name:   "Hiking Boots",
				traits: []string{"Leather", "Nubuck", "Waterproof", "Suede"},
				nouns:  []string{"Hiking Boot", "Mid Hiker", "Backpacking Boot", "Approach Shoe"},
				features: []string{
					"A seam-sealed {trait} upper keeps feet dry through streams and slush.",
					"Deep multidirectional lugs bite into mud, rock and snow.",
					"A supportive shank steadies you under a heavy pack.",
				},
				price: [2]int{95, 245},
				vary:  shoeSizes(),
				fixed: []axis{gearColors()},
			},
			{
				name:   "Sneakers",
				traits: []string{"Canvas", "Leather", "Suede", "Knit"},
				nouns:  []string{"Low-Top Sneaker", "High-Top Sneaker", "Court Sneaker", "Slip-On Sneaker"},
				features: []string{
					"The {trait} upper softens with wear into a perfect fit.",
					"A vulcanized sole gives a classic look and a flexible feel.",
					"Cushioned insoles make it easy to wear all day in the city.",
				},
				price: [2]int{50, 150},
				vary:  shoeSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Sandals",
				traits: []string{"Leather", "Cork", "Recycled Rubber", "Webbing"},
				nouns:  []string{"Slide Sandal", "Sport Sandal", "Flip-Flop", "Strappy Sandal"},
				features: []string{
					"A contoured {trait} footbed supports your arch on long summer days.",
					"Adjustable straps dial in a secure, rub-free fit.",
					"Quick-drying materials go from the beach to dinner.",
				},
				price: [2]int{25, 110},
				vary:  shoeSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Boots & Dress Shoes",
				traits: []string{"Full-Grain Leather", "Suede", "Patent Leather", "Oiled Leather"},
				nouns:  []string{"Chelsea Boot", "Oxford", "Loafer", "Derby", "Chukka Boot"},
				features: []string{
					"Hand-finished {trait} develops a rich patina over time.",
					"A Goodyear-welted sole can be resoled for years of wear.",
					"A leather lining breathes and molds to your foot.",
				},
				price: [2]int{95, 290},
				vary:  shoeSizes(),
				fixed: []axis{{name: "color", values: []string{"Black", "Dark Brown", "Cognac", "Tan", "Oxblood"}}},
			},
		},
	}
}
