# Q: clip_grad_norm_ with nan gradients (error_if_nonfinite), clip_grad_value_, and the returned total norm.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
model(x).pow(2).sum().backward()
print([p.grad.norm() for p in model.parameters()])
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in model.parameters()])))
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.1)
print(model.weight.grad)
model.weight.grad[0, 0] = float("nan")
try:
    nn.utils.clip_grad_norm_(model.parameters(), 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)
print(nn.utils.clip_grad_norm_(model.parameters(), 1.0))
print(model.bias.grad)
model.zero_grad()
print(model.weight.grad)
nt = nn.utils.clip_grad_norm_([p for p in model.parameters()], 1.0, norm_type="inf")
print(nt)
