# A mixture of experts built from ModuleList, ModuleDict, ParameterList and ParameterDict.
import torch
import torch.nn as nn

class Experts(nn.Module):
    def __init__(self, dim, n):
        super().__init__()
        self.experts = nn.ModuleList(nn.Linear(dim, dim, bias=False) for _ in range(n))
        self.gates = nn.ParameterList([nn.Parameter(torch.zeros(dim)) for _ in range(n)])
        self.norms = nn.ModuleDict({"pre": nn.LayerNorm(dim), "post": nn.Identity()})
        self.scales = nn.ParameterDict({"alpha": nn.Parameter(torch.tensor(0.5)),
                                        "beta": nn.Parameter(torch.ones(1))})

    def forward(self, x):
        x = self.norms["pre"](x)
        out = sum(torch.sigmoid(g) * e(x) for e, g in zip(self.experts, self.gates))
        return self.norms["post"](self.scales["alpha"] * out + self.scales["beta"])

torch.manual_seed(0)
m = Experts(4, 3)
print(m)
print(m.gates)
print(m.scales)
for name, p in m.named_parameters():
    print(name, tuple(p.shape))
out = m(torch.randn(2, 4))
print(out)
out.sum().backward()
print(m.scales["alpha"].grad, m.gates[1].grad)
print(len(m.experts), m.experts[0] is list(m.experts)[0], "pre" in m.norms)
print(list(m.scales.keys()), [k for k, _ in m.norms.items()])
