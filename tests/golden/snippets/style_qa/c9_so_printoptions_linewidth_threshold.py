# Q: printing big tensors fully, fewer digits, no scientific notation: set_printoptions in its several forms.
import torch

torch.manual_seed(0)
x = torch.randn(3, 12) * 1000
print(x)
torch.set_printoptions(precision=2, sci_mode=False)
print(x)
torch.set_printoptions(linewidth=60)
print(x)
torch.set_printoptions(profile="default")
big = torch.arange(1200).view(30, 40)
print(big)
torch.set_printoptions(threshold=10, edgeitems=2)
print(torch.arange(20.0) / 3)
torch.set_printoptions(profile="short")
print(torch.tensor([1 / 3, 2 / 3, 1e-5]))
torch.set_printoptions(profile="default")
print(torch.tensor([1e-8, 1.0, 1e8]))
print(torch.tensor([0.1, 123456.0]))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1.5, 2.25]))
torch.set_printoptions(profile="default", sci_mode=None)
print(torch.tensor([1.5, 2.25]))
