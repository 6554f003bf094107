import torch

# Q38. Predict the value and dtype of each expression.
m = torch.tensor([9, -9, 4, -4], dtype=torch.int32)
n = torch.tensor([4, 4, -3, -3], dtype=torch.int32)
exprs = {
    "m / n": m / n,
    "m // n": m // n,
    "trunc": torch.div(m, n, rounding_mode="trunc"),
    "floor": torch.div(m, n, rounding_mode="floor"),
    "m % n": m % n,
    "fmod": torch.fmod(m, n),
    "m / 2.0": m / 2.0,
}
for label, val in exprs.items():
    print(f"{label:8s}", val.tolist(), val.dtype)
