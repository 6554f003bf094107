# Sensitivity of a model's output to its weights with torch.func.functional_call and grad.
import torch
from torch.func import functional_call, grad

torch.manual_seed(23)
lin = torch.nn.Linear(3, 1)
params = {k: v.detach() for k, v in lin.named_parameters()}
x = torch.tensor([[1.0, -1.0, 0.5]])

def out(p):
    return functional_call(lin, p, (x,)).squeeze()

g = grad(out)(params)
print(sorted(g))
print(g["weight"], g["bias"])
