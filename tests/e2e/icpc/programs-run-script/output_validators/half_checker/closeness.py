def close_enough(got, want):
    return abs(got - want) <= 1e-6
