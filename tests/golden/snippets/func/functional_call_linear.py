import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0]])
params = {name: torch.ones_like(p) for name, p in model.named_parameters()}
print(functional_call(model, params, (x,)))
print(functional_call(model, params, x))
print(functional_call(model, ({"weight": torch.zeros(1, 2)}, {"bias": torch.ones(1)}), x))
print(functional_call(model, {"weight": torch.zeros(1, 2)}, x))
print(model.weight)
print(model(x))
for bad in [
    lambda: functional_call(model, {"weight": torch.zeros(1, 2), "foo": torch.ones(1)}, x, strict=True),
    lambda: functional_call(model, {"weight": torch.zeros(1, 2)}, x, strict=True),
    lambda: functional_call(model, ({"weight": torch.zeros(1, 2)}, {"weight": torch.ones(1, 2)}), x),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
