# Q: "element 0 of tensors does not require grad and does not have a grad_fn" after numpy, item or torch.tensor.
import numpy as np
import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(5, 3)
pred = x @ w
loss_np = np.mean((pred.detach().numpy() - 1.0) ** 2)
loss = torch.tensor(loss_np, requires_grad=False)
print(type(loss_np).__name__, loss.dtype, loss.requires_grad)
try:
    loss.backward()
except RuntimeError as e:
    print(e)
loss2 = torch.tensor([((pred - 1.0) ** 2).mean().item()])
print(loss2.grad_fn)
try:
    loss2.backward()
except RuntimeError as e:
    print(e)
loss3 = torch.tensor(((pred - 1.0) ** 2).mean(), requires_grad=True)
loss3.backward()
print(w.grad, loss3.grad)
with torch.no_grad():
    loss4 = ((x @ w - 1.0) ** 2).mean()
try:
    loss4.backward()
except RuntimeError as e:
    print(e)
loss5 = ((x @ w - 1.0) ** 2).mean()
loss5.backward()
print(w.grad)
