# Parametrizations: keep a layer's weight positive with a custom module, then train it a few steps.
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as parametrize

class Positive(nn.Module):
    def forward(self, X):
        return X.exp()

torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(parametrize.is_parametrized(layer))
parametrize.register_parametrization(layer, "weight", Positive())
print(parametrize.is_parametrized(layer), parametrize.is_parametrized(layer, "bias"))
print(layer)
print([name for name, _ in layer.named_parameters()])
print(layer.parametrizations.weight.original.shape)
print((layer.weight > 0).all())
x = torch.randn(5, 3)
target = torch.randn(5, 2)
opt = torch.optim.SGD(layer.parameters(), lr=0.1)
for step in range(4):
    opt.zero_grad()
    loss = ((layer(x) - target) ** 2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5), layer.weight.min().item() > 0)
with parametrize.cached():
    w1 = layer.weight
    w2 = layer.weight
    print(w1 is w2)
parametrize.remove_parametrizations(layer, "weight", leave_parametrized=True)
print(parametrize.is_parametrized(layer), type(layer.weight).__name__)
print(layer.weight)
