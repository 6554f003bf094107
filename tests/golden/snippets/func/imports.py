import torch
import torch.func
from torch.func import functional_call, grad
import torch.autograd.forward_ad as fwAD

print(hasattr(torch, "func"), hasattr(torch.func, "vmap"), hasattr(torch.autograd, "forward_ad"))
print(torch.func.grad is grad, torch.vmap is torch.func.vmap, callable(functional_call))
print(fwAD.UnpackedDualTensor._fields, fwAD.dual_level.__name__)
print(torch.func.grad(lambda x: x.exp().sum())(torch.zeros(2)))
print(hasattr(torch.func, "not_a_transform"))
