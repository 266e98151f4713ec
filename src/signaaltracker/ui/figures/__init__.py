"""The tabs of the Cijfers page: intake grid, facts, wastewater, signal trends."""
