import torch
import torch.nn as nn
import torch.nn.functional as F

# a learner pokes around the namespaces
for name in ("graph", "functions", "parity", "functional", "nn", "linalg", "Tensor"):
    print(f"torch.{name}:", hasattr(torch, name))
print(hasattr(F, "make"), hasattr(F, "no_grad"), hasattr(F, "relu"))
print(hasattr(torch.linalg, "stack"), hasattr(torch.linalg, "svd"))
print(hasattr(torch.autograd, "no_grad"), hasattr(torch.autograd, "is_grad_enabled"))
print(hasattr(torch.optim, "adam"), hasattr(torch.optim, "lr_scheduler"))
print(hasattr(nn.utils, "prune"), type(nn), type(torch.autograd))
for module, name in ((torch, "graph"), (F, "make"), (torch.linalg, "stack"), (torch.func, "tree_flatten")):
    try:
        getattr(module, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    import torch.parity
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
from torch.optim import sgd
print(sgd.SGD is torch.optim.SGD)
