# finite differences with torch.diff, prepend/append for boundary handling
import torch

u = torch.tensor([0.0, 1.0, 4.0, 9.0], dtype=torch.float64)
print(torch.diff(u))
print(torch.diff(u, n=2))
print(torch.diff(u, prepend=torch.tensor([0.0], dtype=torch.float64)))
print(torch.diff(u, append=u[-1:]))
