# Building modules dynamically: add_module, register_module, setattr, and the order of named_children.
import torch
import torch.nn as nn

class Dynamic(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
            self.add_module(f"fc{i}", nn.Linear(a, b))
        self.register_module("act", nn.ReLU())
        setattr(self, "head", nn.Linear(sizes[-1], 1))

    def forward(self, x):
        for name, child in self.named_children():
            if name.startswith("fc"):
                x = self.act(child(x))
        return self.head(x)

torch.manual_seed(0)
m = Dynamic([3, 5, 4])
print(m)
print([name for name, _ in m.named_children()])
print(m(torch.ones(2, 3)))
try:
    m.add_module("fc0.bad", nn.Identity())
except KeyError as e:
    print("KeyError:", e)
try:
    m.add_module("act", "not a module")
except TypeError as e:
    print("TypeError:", e)
m.add_module("fc0", None)
print(m.fc0, [n for n, _ in m.named_children()])
del m.head
print(hasattr(m, "head"), len(list(m.parameters())))
