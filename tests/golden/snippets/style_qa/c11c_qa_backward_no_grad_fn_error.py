# Q: "element 0 of tensors does not require grad and does not have a grad_fn" - my loss was made under no_grad.
import torch
import torch.nn as nn

model = nn.Linear(2, 1)
x = torch.randn(4, 2)
with torch.no_grad():
    out = model(x)
loss = out.pow(2).mean()
print(loss.requires_grad, loss.grad_fn)
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
pred = model(x).detach()
print(pred.requires_grad)
loss = torch.nn.functional.mse_loss(pred, torch.zeros(4, 1))
loss.backward()
