# Forgetting requires_grad on the input: backward has nothing to differentiate
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
for p in model.parameters():
    p.requires_grad_(False)
x = torch.rand(1, 3)
out = model(x)
print(out.requires_grad, out.grad_fn)
try:
    out.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
x.requires_grad_(True)
out = model(x)
out.backward()
print(x.grad.shape, out.grad_fn.name())
print(model.weight.grad)
