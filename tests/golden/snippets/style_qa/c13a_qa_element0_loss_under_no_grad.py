# Q: "element 0 of tensors does not require grad and does not have a grad_fn" in my training loop. Causes and fixes.
import torch
import torch.nn as nn

torch.manual_seed(7)
model = nn.Linear(2, 1)
x, y = torch.randn(4, 2), torch.randn(4, 1)
with torch.no_grad():
    loss = nn.functional.mse_loss(model(x), y)
print(loss.requires_grad, loss.grad_fn)
try:
    loss.backward()
except RuntimeError as e:
    print("1:", e)
loss = torch.tensor(nn.functional.mse_loss(model(x), y).item())
try:
    loss.backward()
except RuntimeError as e:
    print("2:", e)
pred = model(x).detach()
try:
    ((pred - y) ** 2).mean().backward()
except RuntimeError as e:
    print("3:", e)
model.requires_grad_(False)
try:
    model(x).sum().backward()
except RuntimeError as e:
    print("4:", e)
model.requires_grad_(True)
out = model(x).argmax()
print(out.requires_grad, out.dtype)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
print(model.weight.grad.shape)
