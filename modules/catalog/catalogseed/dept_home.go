package catalogseed

func homeKitchen() department {
	return department{
		name: "Home & Kitchen",
		brands: []string{
			"Hearthly", "Copperleaf", "Bramwell Home", "Larder & Loom", "Nestwell",
			"Olivewood", "Casabela", "Kettlebrook", "Linnea", "Stonehaven",
			"Greyfield", "Potter's Lane", "Maison Oré", "Duvetta", "Brewcraft",
			"Saltbox", "Tablewise", "Ember & Ash", "Wilder Home",
		},
		lines: []string{
			"Artisan", "Heritage", "Nordic", "Farmhouse", "Coastal", "Essentials",
			"Bistro", "Provence", "Modern", "Hearth", "Sunday", "Atelier", "Haven",
			"Signature", "Cottage",
		},
		openers: []string{
			"The {name} brings a little more calm to everyday routines.",
			"{brand} makes the {noun} the way it used to be made: to last.",
			"Designed in-house and tested in real kitchens and homes, the {name} earns its place.",
			"This {trait} {noun} looks as good as it works.",
			"The {name} is the upgrade your home has been waiting for.",
		},
		features: []string{
			"Every piece is inspected by hand before it ships.",
			"Thoughtful proportions fit neatly into smaller spaces.",
			"A timeless finish works with modern and traditional interiors alike.",
			"Made from responsibly sourced materials and packed without plastic.",
			"Built to hold up to daily use for years, not seasons.",
			"Designed to be easy to clean and easy to live with.",
		},
		closings: []string{
			"Backed by a lifetime warranty against manufacturing defects.",
			"Ships in recyclable packaging.",
			"Hand wash recommended to keep it looking its best.",
			"Pairs well with the rest of the collection.",
		},
		praise: []string{
			"Looks even better in person than in the photos.",
			"The quality is excellent for the price.",
			"Easy to clean and still looks brand new.",
			"It feels solid and well made.",
			"Fits perfectly in my small apartment.",
			"Arrived well packed and in perfect condition.",
		},
		gripes: []string{
			"It arrived with a chip on one edge.",
			"Smaller than I expected from the photos.",
			"The finish started wearing off after a month.",
			"It had a strong chemical smell out of the box.",
			"The color is more grey than it looks online.",
			"Harder to clean than I'd hoped.",
		},
		children: []leaf{
			{
				name:   "Cookware",
				traits: []string{"Cast Iron", "Stainless Steel", "Nonstick", "Carbon Steel", "Enameled Cast Iron", "Copper-Core"},
				nouns:  []string{"Skillet", "Braiser", "Saucepan", "Sauté Pan", "Stockpot", "Wok"},
				features: []string{
					"The {trait} body heats evenly with no hot spots.",
					"Works on gas, electric and induction and is oven safe to 500°F.",
					"A stay-cool handle gives a secure, balanced grip.",
				},
				price: [2]int{30, 320},
				vary:  axis{name: "size", values: []string{"8-inch", "10-inch", "12-inch", "14-inch"}, ordered: true, step: 20},
			},
			{
				name:   "Bedding",
				traits: []string{"Percale", "Sateen", "Linen", "Bamboo", "Flannel", "Organic Cotton"},
				nouns:  []string{"Sheet Set", "Duvet Cover", "Pillowcase Set", "Quilt", "Comforter"},
				features: []string{
					"Breathable {trait} keeps you cool in summer and cozy in winter.",
					"Deep-pocket fitted sheets stay put on mattresses up to 16 inches.",
					"Pre-washed for softness from the very first night.",
				},
				price: [2]int{40, 260},
				vary:  axis{name: "size", values: []string{"Twin", "Full", "Queen", "King", "California King"}, ordered: true, step: 12},
				fixed: []axis{homeColors()},
			},
			{
				name:   "Bath",
				traits: []string{"Turkish Cotton", "Waffle-Weave", "Organic Cotton", "Plush", "Quick-Dry"},
				nouns:  []string{"Bath Towel Set", "Hand Towel Set", "Bath Mat", "Bathrobe", "Beach Towel"},
				features: []string{
					"Long-staple {trait} loops are thirsty, soft and lint free.",
					"It gets softer and fluffier with every wash.",
					"Reinforced hems keep edges from fraying.",
				},
				price: [2]int{20, 120},
				vary:  homeColors(),
			},
			{
				name:   "Storage",
				traits: []string{"Woven Seagrass", "Bamboo", "Clear Acrylic", "Canvas", "Powder-Coated Steel"},
				nouns:  []string{"Storage Basket", "Drawer Organizer", "Pantry Canister Set", "Shelf Bin", "Under-Bed Storage Box"},
				features: []string{
					"Sturdy {trait} holds its shape even when fully loaded.",
					"Nests flat when you don't need it.",
					"Sized to fit standard shelves and cabinets.",
				},
				price: [2]int{15, 90},
				vary:  smallMediumLarge(),
			},
			{
				name:   "Coffee & Tea",
				traits: []string{"Glass", "Stainless Steel", "Ceramic", "Borosilicate Glass", "Cast Iron"},
				nouns:  []string{"Pour-Over Coffee Maker", "French Press", "Tea Kettle", "Cold Brew Maker", "Teapot", "Milk Frother"},
				features: []string{
					"The {trait} construction won't hold on to old flavors.",
					"A drip-free spout pours slowly and precisely.",
					"Every part that touches coffee or tea is dishwasher safe.",
				},
				price: [2]int{20, 160},
				vary:  homeColors(),
			},
			{
				name:   "Lighting",
				traits: []string{"Brass", "Linen Shade", "Ceramic", "Matte Black", "Rattan", "Frosted Glass"},
				nouns:  []string{"Table Lamp", "Floor Lamp", "Pendant Light", "Desk Lamp", "Wall Sconce"},
				features: []string{
					"The {trait} finish casts a warm, diffused glow.",
					"Works with dimmable LED bulbs up to 60 W equivalent.",
					"A weighted base keeps it steady on any surface.",
				},
				price: [2]int{35, 260},
				vary:  axis{name: "finish", values: []string{"Brass", "Matte Black", "Brushed Nickel", "White", "Walnut"}},
			},
		},
	}
}
