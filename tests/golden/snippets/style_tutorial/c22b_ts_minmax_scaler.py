import torch

torch.manual_seed(6)
data = torch.rand(10, 3) * torch.tensor([10.0, 100.0, 1.0])
lo = data.min(dim=0).values
hi = data.max(dim=0).values
scaled = (data - lo) / (hi - lo)
print(scaled.min(0).values, scaled.max(0).values)
restored = scaled * (hi - lo) + lo
print(torch.allclose(restored, data))
print(data.aminmax(dim=0))
