# What a learner sees of the modules' names: torch, torch.nn, ... and the classes' modules
import inspect
import pickle

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset

for module in (torch, nn, F, optim, torch.utils.data, torch.autograd, nn.init, optim.lr_scheduler):
    print(module.__name__, module.__package__, module.__spec__.name, module.__spec__.parent)
print(repr(torch).split(" from ")[0], repr(F).split(" from ")[0], str(nn).startswith("<module 'torch.nn' from '"))
print(torch.__file__.endswith("__init__.py"), F.__file__.endswith("functional.py"), torch.__version__)
x = torch.ones(2, requires_grad=True)
print(type(x).__module__, torch.Tensor.__module__, torch.float32.__class__.__module__, torch.Size.__module__)
print(nn.Linear.__module__, nn.Module.__module__, optim.SGD.__module__, DataLoader.__module__, TensorDataset.__module__)
print(torch.autograd.Function.__module__, nn.Parameter.__module__, optim.lr_scheduler.StepLR.__module__)
print(F.relu.__module__, F.cross_entropy.__module__, nn.init.xavier_uniform_.__module__)
print(torch.autograd.grad.__module__, torch.no_grad.__module__)
for obj in (nn.Linear, nn.Sequential, optim.Adam, optim.Optimizer, TensorDataset, x, torch.autograd.Function):
    print(inspect.getmodule(obj).__name__, end=" ")
print()
print(pickle.dumps(nn.Linear, 0), pickle.dumps(F.relu, 0))
print(pickle.loads(pickle.dumps(nn.Sequential(nn.Linear(2, 1), nn.ReLU()))))
print(inspect.getsource(nn.ReLU).splitlines()[0])
