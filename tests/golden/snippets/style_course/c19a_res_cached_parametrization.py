# parametrize.cached() avoids recomputing the parametrized weight
import torch
import torch.nn.utils.parametrize as P
class Scale(torch.nn.Module):
    calls = 0
    def forward(self, w):
        Scale.calls += 1
        return 2 * w
lin = torch.nn.Linear(2, 2)
P.register_parametrization(lin, "weight", Scale())
lin.weight; lin.weight
print(Scale.calls)
with P.cached():
    lin.weight; lin.weight; lin.weight
print(Scale.calls)
P.remove_parametrizations(lin, "weight", leave_parametrized=True)
print(type(lin.weight).__name__, P.is_parametrized(lin))
