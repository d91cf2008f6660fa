package catalogseed

// The variant attributes shared by several categories.

func clothingSizes() axis {
	return axis{name: "size", values: []string{"XS", "S", "M", "L", "XL", "XXL"}, ordered: true}
}

func waistSizes() axis {
	return axis{name: "size", values: []string{"28", "30", "32", "34", "36", "38", "40"}, ordered: true}
}

func shoeSizes() axis {
	return axis{name: "size", values: []string{
		"6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12", "13",
	}, ordered: true}
}

func clothingColors() axis {
	return axis{name: "color", values: []string{
		"Navy", "Black", "Heather Grey", "Olive", "Oatmeal", "Rust", "Forest Green",
		"Slate Blue", "Burgundy", "Ivory", "Charcoal", "Sand",
	}}
}

func homeColors() axis {
	return axis{name: "color", values: []string{
		"White", "Linen", "Stone", "Sage", "Dusty Rose", "Charcoal", "Navy", "Terracotta",
	}}
}

func gadgetColors() axis {
	return axis{name: "color", values: []string{
		"Black", "White", "Midnight Blue", "Sage", "Sand", "Graphite", "Coral",
	}}
}

func gearColors() axis {
	return axis{name: "color", values: []string{
		"Forest", "Slate", "Ember Orange", "Glacier Blue", "Black", "Moss", "Desert Tan",
	}}
}

func packSizes() axis {
	return axis{name: "pack", values: []string{"Single", "2-Pack", "4-Pack"}, ordered: true, step: 70}
}

func smallMediumLarge() axis {
	return axis{name: "size", values: []string{"Small", "Medium", "Large", "Extra Large"}, ordered: true, step: 25}
}
