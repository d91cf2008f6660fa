package catalogseed

func beauty() department {
	return department{
		name: "Beauty",
		brands: []string{
			"Lumière", "Solenne", "Petalry", "Aurelle", "Bloomwell",
			"Verdance", "Opaline", "Sereine", "Dewdrop Lab", "Calla & Co",
			"Mirelle", "Rosehip Republic", "Silkora", "Botanique", "Lavelle",
			"Glowhaus", "Nuvelle", "Amberly", "Clarity Skin",
		},
		lines: []string{
			"Radiance", "Pure", "Velvet", "Bloom", "Glow", "Dew", "Silk",
			"Botanical", "Luminous", "Calm", "Revive", "Hydra", "Satin", "Petal",
			"Daily",
		},
		openers: []string{
			"The {name} turns your daily routine into a small ritual.",
			"{brand} formulated this {noun} for every skin type, including sensitive skin.",
			"Powered by {trait}, the {name} delivers visible results in weeks, not months.",
			"Meet the {noun} our testers refused to give back.",
			"The {name} is lightweight, fast-absorbing and a joy to use.",
		},
		features: []string{
			"Dermatologist tested and free of parabens, sulfates and synthetic dyes.",
			"Cruelty free and vegan, always.",
			"A clean, subtle scent that never overpowers.",
			"Packaged in recyclable glass with a refill option.",
			"Blended in small batches for freshness.",
			"Layers easily with the rest of your routine.",
		},
		closings: []string{
			"Patch test before first use.",
			"Store in a cool, dry place away from direct sunlight.",
			"Best used within 12 months of opening.",
			"For external use only.",
		},
		praise: []string{
			"My skin has never looked better.",
			"A little goes a long way, so it lasts for months.",
			"The scent is lovely and not overpowering.",
			"It didn't irritate my sensitive skin at all.",
			"I noticed a difference within a week.",
			"The texture is light and absorbs quickly.",
		},
		gripes: []string{
			"It broke me out after a few days.",
			"The scent is much stronger than I expected.",
			"The pump stopped working halfway through the bottle.",
			"Didn't notice any difference after a month.",
			"Feels greasy and takes forever to absorb.",
			"The shade was way off from the photo.",
		},
		children: []leaf{
			{
				name:   "Skincare",
				traits: []string{"Hyaluronic Acid", "Vitamin C", "Niacinamide", "Retinol", "Ceramide", "Green Tea"},
				nouns:  []string{"Serum", "Moisturizer", "Cleanser", "Eye Cream", "Toner", "Face Mask"},
				features: []string{
					"{trait} works to smooth, brighten and even out skin tone.",
					"Non-comedogenic and fragrance free.",
					"Use morning and night after cleansing.",
				},
				price: [2]int{12, 85},
				vary:  axis{name: "size", values: []string{"15 ml", "30 ml", "50 ml", "100 ml"}, ordered: true, step: 60},
			},
			{
				name:   "Hair Care",
				traits: []string{"Argan Oil", "Coconut", "Tea Tree", "Keratin", "Biotin", "Rosemary"},
				nouns:  []string{"Shampoo", "Conditioner", "Hair Mask", "Leave-In Spray", "Styling Cream"},
				features: []string{
					"Enriched with {trait} to nourish from root to tip.",
					"Safe for color-treated hair.",
					"Rinses clean without weighing hair down.",
				},
				price: [2]int{9, 45},
				vary:  axis{name: "size", values: []string{"100 ml", "250 ml", "500 ml", "1 L"}, ordered: true, step: 55},
			},
			{
				name:   "Fragrance",
				traits: []string{"Amber", "Cedar", "Citrus", "Jasmine", "Vetiver", "Fig"},
				nouns:  []string{"Eau de Parfum", "Eau de Toilette", "Body Mist", "Solid Perfume"},
				features: []string{
					"Opens with bright top notes that settle into warm {trait}.",
					"Lasts from morning coffee to evening plans.",
					"Blended with natural essential oils.",
				},
				price: [2]int{25, 160},
				vary:  axis{name: "size", values: []string{"10 ml", "30 ml", "50 ml", "100 ml"}, ordered: true, step: 60},
			},
			{
				name:   "Makeup",
				traits: []string{"Matte", "Satin", "Long-Wear", "Sheer", "Tinted"},
				nouns:  []string{"Lipstick", "Lip Gloss", "Blush", "Lip and Cheek Tint", "Lip Liner"},
				features: []string{
					"A {trait} finish that stays put through meals and meetings.",
					"Buildable color goes from barely there to bold.",
					"Conditioning oils keep lips soft, never dry.",
				},
				price: [2]int{8, 48},
				vary:  axis{name: "shade", values: []string{"Nude", "Rose", "Berry", "Coral", "Classic Red", "Mauve", "Plum"}},
			},
		},
	}
}
