# Q: "element 0 of tensors does not require grad" - I computed the loss inside torch.no_grad()
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(2, 1)
x, y = torch.randn(4, 2), torch.randn(4, 1)
with torch.no_grad():
    loss = nn.functional.mse_loss(model(x), y)
print(loss.requires_grad, loss.grad_fn)
try:
    loss.backward()
except RuntimeError as e:
    print(e)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
print(model.bias.grad.shape)
