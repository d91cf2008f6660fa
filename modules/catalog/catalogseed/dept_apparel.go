package catalogseed

func apparel() department {
	return department{
		name: "Apparel",
		brands: []string{
			"Maren", "Castlebay", "Juniper Lane", "Ashford & Co", "Loomwell",
			"Northvale", "Sable Row", "Kindred Thread", "Brightwater", "Tallis",
			"Oakhem", "Wren & Ivy", "Corvid", "Fenwick Mills", "Halden",
			"Marlowe Supply", "Saltmarsh", "Tidewell", "Ardent Knits",
		},
		lines: []string{
			"Everyday", "Heritage", "Coastal", "Weekender", "Cloudsoft", "Studio",
			"Essential", "Harbor", "Alpine", "Classic", "Drift", "Meridian",
			"Prairie", "Lakeside", "Commuter",
		},
		openers: []string{
			"The {name} is the kind of piece you reach for without thinking.",
			"Cut from {trait}, the {noun} from {brand} is made to be worn hard and washed often.",
			"{brand} designed this {noun} for days that start early and end late.",
			"Meet the {noun} you'll wish you had bought sooner.",
			"The {name} pairs an easy, modern fit with fabric that feels good from the first wear.",
		},
		features: []string{
			"Reinforced seams hold their shape wash after wash.",
			"The fabric is pre-shrunk, so the fit you try on is the fit you keep.",
			"A relaxed but tailored cut layers easily under a jacket or over a tee.",
			"Dyed in small batches for rich, even color that resists fading.",
			"Tagless labels and flat seams keep it comfortable against the skin.",
			"Every fabric is certified free of harmful substances.",
		},
		closings: []string{
			"Machine wash cold with like colors and tumble dry low.",
			"True to size; size up for a roomier fit.",
			"Wash inside out and hang dry to keep it looking new.",
			"Model is 6'1\" and wears a size M.",
		},
		praise: []string{
			"The fabric is soft and feels more expensive than it was.",
			"Fits true to size and the length is just right.",
			"Still looks new after a dozen washes.",
			"The color is exactly like the photos.",
			"I get compliments every time I wear it.",
			"Breathable enough for warm days but still warm in the evening.",
		},
		gripes: []string{
			"It shrank noticeably after the first wash.",
			"The sizing runs small, so order a size up.",
			"The color looked different in person.",
			"A seam came loose after a couple of weeks.",
			"The fabric pills more than I expected.",
			"It's thinner than it looks in the pictures.",
		},
		children: []leaf{
			{
				name:   "T-Shirts",
				traits: []string{"Organic Cotton", "Slub Cotton", "Pima Cotton", "Linen Blend", "Merino", "Bamboo Jersey"},
				nouns:  []string{"Crew T-Shirt", "V-Neck Tee", "Pocket Tee", "Long-Sleeve Tee", "Henley"},
				features: []string{
					"The {trait} jersey is light, breathable and soft from day one.",
					"A ribbed collar keeps its shape instead of stretching out.",
					"The slightly longer hem stays tucked or looks sharp untucked.",
				},
				price: [2]int{16, 48},
				vary:  clothingSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Hoodies & Sweatshirts",
				traits: []string{"Fleece", "French Terry", "Brushed Cotton", "Heavyweight Cotton", "Recycled Fleece"},
				nouns:  []string{"Pullover Hoodie", "Zip Hoodie", "Crewneck Sweatshirt", "Quarter-Zip"},
				features: []string{
					"The brushed {trait} interior traps warmth without the bulk.",
					"Ribbed cuffs and hem seal out drafts on cool mornings.",
					"A roomy kangaroo pocket keeps your hands and phone warm.",
				},
				price: [2]int{40, 98},
				vary:  clothingSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Jackets & Coats",
				traits: []string{"Waxed Cotton", "Down", "Wool Blend", "Waterproof Shell", "Quilted", "Corduroy"},
				nouns:  []string{"Parka", "Field Jacket", "Puffer Jacket", "Overcoat", "Rain Jacket", "Chore Coat"},
				features: []string{
					"The {trait} outer shrugs off wind and light rain.",
					"Two-way zips and snap storm flaps make it easy to vent on the move.",
					"An interior chest pocket keeps your phone and wallet dry.",
				},
				price: [2]int{85, 340},
				vary:  clothingSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Jeans & Pants",
				traits: []string{"Stretch Denim", "Selvedge Denim", "Cotton Twill", "Corduroy", "Linen"},
				nouns:  []string{"Slim Jeans", "Straight Jeans", "Chinos", "Cargo Pants", "Wide-Leg Trousers"},
				features: []string{
					"The {trait} has just enough give to move with you all day.",
					"A mid rise and a tapered leg sit cleanly over sneakers or boots.",
					"Deep front pockets actually fit a modern phone.",
				},
				price: [2]int{45, 145},
				vary:  waistSizes(),
				fixed: []axis{clothingColors()},
			},
			{
				name:   "Dresses",
				traits: []string{"Linen", "Silk", "Cotton Poplin", "Jersey", "Crepe", "Satin"},
				nouns:  []string{"Wrap Dress", "Midi Dress", "Shirt Dress", "Slip Dress", "Maxi Dress"},
				features: []string{
					"Flowing {trait} moves beautifully and drapes without clinging.",
					"Hidden side pockets are deep enough to be genuinely useful.",
					"An adjustable waist tie lets you dial in the fit.",
				},
				price: [2]int{50, 185},
				vary:  clothingSizes(),
				fixed: []axis{clothingColors()},
			},
		},
	}
}
