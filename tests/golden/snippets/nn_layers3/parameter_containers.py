# ParameterList and ParameterDict register their parameters with the owning module.
import torch
import torch.nn as nn

torch.manual_seed(0)


class Mixture(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.ParameterList([nn.Parameter(torch.randn(2)) for _ in range(3)])
        self.scales = nn.ParameterDict({"alpha": nn.Parameter(torch.ones(1)), "beta": torch.zeros(2)})

    def forward(self, x):
        total = sum(w * x for w in self.weights)
        return total * self.scales["alpha"] + self.scales["beta"]


m = Mixture()
print(m)
print([n for n, _ in m.named_parameters()])
out = m(torch.tensor([1.0, 2.0])).sum()
out.backward()
print(m.weights[0].grad, m.scales["alpha"].grad, m.scales.beta.grad)
pl = nn.ParameterList([torch.zeros(3)])
pl.append(nn.Parameter(torch.ones(2, 2)))
print(pl, len(pl), type(pl[0]).__name__, pl[0].requires_grad, type(pl[0:1]).__name__)
pd = nn.ParameterDict()
print(pd, nn.ParameterList())
pd["gamma"] = torch.ones(3, 2)
print(pd, "gamma" in pd, list(pd.keys()), pd.get("zzz"))
print(pd.pop("gamma").shape, len(pd))
print(list(m.state_dict().keys()))
try:
    pl[5]
except IndexError as e:
    print(e)
