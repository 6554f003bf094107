# Min-max scaling per feature with keepdim
import torch

data = torch.tensor([[1.0, 200.0, -3.0], [2.0, 150.0, -1.0], [4.0, 100.0, -2.0], [3.0, 250.0, -3.0]])
lo = data.min(dim=0, keepdim=True).values
hi = data.max(dim=0, keepdim=True).values
print(lo, hi)
scaled = (data - lo) / (hi - lo)
print(scaled)
mn, mx = torch.aminmax(data, dim=0)
print(mn, mx)
const = torch.tensor([[5.0], [5.0]])
print((const - const.min(0).values) / (const.max(0).values - const.min(0).values))
print(data.min(dim=0))
