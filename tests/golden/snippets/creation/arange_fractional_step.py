import torch

x = torch.arange(-8.0, 8.0, 0.1)
print(x.shape, x[78:82].tolist())
print(torch.arange(0, 1, 0.1).tolist())
print(torch.arange(1.0, -2.0, -0.013)[-9:].tolist())
y = torch.arange(0.5, 30.3, 0.37, dtype=torch.float64)
print(y[::10].tolist(), y[-3:].tolist())
print(torch.arange(0, 5000, 0.7)[-10:].tolist())
print((torch.arange(-3, 3, 0.01) == 0).nonzero().flatten().tolist(), torch.arange(-3, 3, 0.01)[300].item())
