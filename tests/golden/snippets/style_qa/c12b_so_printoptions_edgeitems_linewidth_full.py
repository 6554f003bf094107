# Q: how to print a whole tensor, fewer digits, no scientific notation - set_printoptions recipes.
import torch

x = torch.arange(2000, dtype=torch.float32) / 7
print(x)
torch.set_printoptions(edgeitems=2)
print(x)
torch.set_printoptions(threshold=10, edgeitems=4, linewidth=50)
print(torch.arange(30.).view(3, 10) / 3)
torch.set_printoptions(profile='default')
y = torch.tensor([1e-6, 1.0, 12345.678])
print(y)
torch.set_printoptions(sci_mode=False)
print(y)
torch.set_printoptions(precision=2, sci_mode=False)
print(y, torch.tensor([0.005, 0.015, 0.025]))
torch.set_printoptions(profile='short')
print(torch.randn(3, 3, generator=torch.Generator().manual_seed(0)))
torch.set_printoptions(profile='full')
print(torch.arange(1200).view(40, 30)[:2, :5], torch.arange(1200).numel())
torch.set_printoptions(profile='default')
print(torch.tensor([1.0, 2.5]), torch.tensor([100000000.0]), torch.tensor([1.0, 1e8]))
