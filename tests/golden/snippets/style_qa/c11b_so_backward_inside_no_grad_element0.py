# Q: "element 0 of tensors does not require grad" -- loss computed inside no_grad, from .item(), or detached.
import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(5, 3)
with torch.no_grad():
    loss = model(x).pow(2).mean()
try:
    loss.backward()
except RuntimeError as e:
    print("no_grad:", e)
loss = torch.tensor(model(x).pow(2).mean().item())
try:
    loss.backward()
except RuntimeError as e:
    print("item:", e)
loss = model(x).detach().pow(2).mean()
print(loss.requires_grad, loss.grad_fn)
loss = torch.tensor(0.0)
for xi in x:
    loss = loss + model(xi).pow(2).sum()
loss.backward()
print(loss.grad_fn, model.bias.grad)
p = torch.tensor([1.0, 2.0])
try:
    torch.autograd.grad(p.sum(), p)
except RuntimeError as e:
    print("grad:", e)
