# Printing functions in the REPL, and asking inspect about them, as a learner exploring the API does
import copy
import inspect

import torch
import torch.nn.functional as F

for f in (torch.add, torch.matmul, torch.sigmoid, torch.linalg.det, torch.linalg.norm, F.linear, F.conv2d, F.relu):
    print(f, type(f).__name__, f.__name__, f.__qualname__, f.__module__)
for f in (torch.add, torch.linalg.det, F.linear, torch.Tensor.add, torch.ones(2).size):
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError:", e)
print(inspect.isroutine(torch.add), callable(torch.add), copy.deepcopy(torch.add) is torch.add)
print(torch.conv2d is F.conv2d, torch.add(torch.ones(2), 1, alpha=2))


class Net(torch.nn.Module):
    act = torch.relu  # a builtin kept as a class attribute is not bound as a method

    def forward(self, x):
        return self.act(x)


print(Net()(torch.tensor([-1.0, 2.0])))
