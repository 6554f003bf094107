# Containers: ModuleList built in a loop, ModuleDict of activations, ParameterList, and their reprs.
import torch
import torch.nn as nn

class MyModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(4, 4) for i in range(3)])
        self.choices = nn.ModuleDict({"conv": nn.Conv2d(1, 2, 3), "pool": nn.MaxPool2d(2)})
        self.activations = nn.ModuleDict([["lrelu", nn.LeakyReLU()], ["prelu", nn.PReLU()]])
        self.params = nn.ParameterList([nn.Parameter(torch.ones(4)) for _ in range(2)])

    def forward(self, x, act):
        for i, l in enumerate(self.linears):
            x = self.linears[i // 2](x) + l(x)
        x = x * self.params[0] + self.params[1]
        return self.activations[act](x)

torch.manual_seed(0)
m = MyModule()
print(m)
print(m(torch.randn(2, 4), "lrelu"))
print(len(m.linears), list(m.choices.keys()), "prelu" in m.activations)
m.linears.append(nn.Linear(4, 4))
m.linears.extend([nn.Identity()])
m.linears.insert(0, nn.ReLU())
print([type(l).__name__ for l in m.linears], m.linears[-2:])
print(m.params)
print(sum(p.numel() for p in m.parameters()))
try:
    m.activations["tanh"]
except KeyError as e:
    print("KeyError:", e)
