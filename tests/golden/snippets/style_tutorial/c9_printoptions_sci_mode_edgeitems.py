# set_printoptions: precision, sci_mode, threshold/edgeitems, linewidth, and restoring the defaults.
import torch

torch.manual_seed(0)
x = torch.randn(3, 4) * 1000
print(x)
torch.set_printoptions(precision=2)
print(x)
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-6, 1.0, 12345.678]))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([0.5, 2.0]))
torch.set_printoptions(threshold=10, edgeitems=2)
print(torch.arange(50.0))
print(torch.arange(100).reshape(10, 10))
torch.set_printoptions(linewidth=40)
print(torch.linspace(0, 1, 12))
torch.set_printoptions(profile="default")
print(torch.tensor([1e-6, 1.0, 12345.678]), torch.arange(5.0) / 3)
torch.set_printoptions(profile="short")
print(torch.arange(12.0).reshape(3, 4) / 7)
torch.set_printoptions(profile="default")
print(f"{torch.tensor(3.14159):.2f}", str(torch.tensor([0.1, 0.2])), repr(torch.tensor(1e10)))
