# gradient accumulation without dividing the loss
import torch
import torch.nn as nn

torch.manual_seed(125)
model = nn.Linear(2, 1)
x = torch.randn(8, 2)
y = torch.randn(8, 1)
full = nn.functional.mse_loss(model(x), y)
g_full, = torch.autograd.grad(full, model.weight)
model.zero_grad()
for chunk_x, chunk_y in zip(x.chunk(4), y.chunk(4)):
    nn.functional.mse_loss(model(chunk_x), chunk_y).backward()
print(g_full)
print(model.weight.grad)
print(torch.allclose(model.weight.grad / 4, g_full))
