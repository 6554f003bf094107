# in-place scaling of an intermediate flux that a later square saved for backward
import torch

coef = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
flux = coef * 3
energy = flux.pow(2)
flux.mul_(0.5)
print(flux._version)
try:
    energy.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", str(e)[:120])
