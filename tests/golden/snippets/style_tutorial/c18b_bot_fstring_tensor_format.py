# Formatting tensors in f-strings (a common stumbling block)
import torch

loss = torch.tensor(0.123456)
print(f"loss = {loss:.3f}")       # works for a 0-dim tensor
print(f"loss = {loss}")
weights = torch.tensor([0.5, 1.25])
print(f"weights = {weights}")
try:
    print(f"weights = {weights:.2f}")
except TypeError as e:
    print("TypeError:", e)
print(f"first weight = {weights[0]:.2f}")
print(f"as list: {[round(v, 2) for v in weights.tolist()]}")
