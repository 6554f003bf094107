# random timesteps per batch element and the loss weights they index
import torch

torch.manual_seed(16)
T = 50
t = torch.randint(0, T, (6,), dtype=torch.long)
print(t, t.dtype)
weights = torch.linspace(1.0, 0.1, T)
print(weights[t])
print(weights.index_select(0, t))
try:
    weights[t.float()]
except IndexError as e:
    print("IndexError:", e)
print(torch.randint(T, (2, 3)))
