# Changing how tensors print: precision, sci_mode, linewidth and the summarisation threshold.
import torch

torch.manual_seed(0)
x = torch.randn(3, 3) * 1000
print(x)
torch.set_printoptions(precision=2)
print(x)
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-6, 1.0, 12345.678]))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([0.5, 2.0]))
torch.set_printoptions(profile='default')
print(torch.tensor([1e-6, 1.0, 12345.678]))
torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10))
torch.set_printoptions(profile='full')
print(torch.arange(12).reshape(2, 6))
torch.set_printoptions(linewidth=30, profile='default')
print(torch.arange(15.0))
