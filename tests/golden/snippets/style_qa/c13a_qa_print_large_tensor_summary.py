# Q: print(tensor) shows "..." for my large tensor; how to see everything or fewer digits (set_printoptions).
import torch

x = torch.arange(2000).reshape(20, 100) / 7
print(x)
torch.set_printoptions(threshold=50, edgeitems=2, precision=2)
print(torch.arange(60.0))
print(x)
torch.set_printoptions(profile="full")
print(torch.arange(12).reshape(3, 4) / 3)
torch.set_printoptions(profile="default", sci_mode=True)
print(torch.tensor([1.5, 0.001, 123.0]))
torch.set_printoptions(sci_mode=False, linewidth=40)
print(torch.linspace(0, 1, 12))
torch.set_printoptions(profile="default")
print(torch.tensor([1e-5, 1.0, 1e5]))
