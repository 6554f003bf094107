# Print options: profile="full" and "short", linewidth, edgeitems, threshold and back to default.
import torch

torch.manual_seed(0)
x = torch.rand(3, 12) * 100
print(x)
torch.set_printoptions(linewidth=60)
print(x)
torch.set_printoptions(profile="short")
print(x)
torch.set_printoptions(profile="default")
y = torch.arange(2000)
print(y)
torch.set_printoptions(threshold=5, edgeitems=2)
print(y, torch.arange(10.).view(2, 5))
torch.set_printoptions(profile="full")
print(torch.arange(30).view(3, 10))
torch.set_printoptions(profile="default")
print(torch.tensor([1e-5, 1.0, 1e5]), torch.tensor([0.1, 123456.7]))
print(torch.tensor([[1e-10, 1e10]], dtype=torch.float64))
