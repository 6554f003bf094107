# Q: linspace endpoints are not exactly what I asked for?
import torch

pts = torch.linspace(0, 1, 7)
print(pts)
print(pts[3].item(), pts[-1].item())
print(torch.linspace(-1, 1, 4, dtype=torch.float64))
print(torch.arange(0, 0.5, 0.1))
print(torch.arange(0, 0.5, 0.1).tolist())
