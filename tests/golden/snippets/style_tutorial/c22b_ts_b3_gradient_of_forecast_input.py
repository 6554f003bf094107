import torch
import torch.nn as nn

torch.manual_seed(49)
model = nn.GRU(1, 4, batch_first=True)
head = nn.Linear(4, 1)
x = torch.randn(1, 8, 1, requires_grad=True)
out, _ = model(x)
pred = head(out[:, -1]).squeeze()
pred.backward()
sal = x.grad.abs().squeeze()
print(sal.shape, sal.argmax().item())
print((sal / sal.sum()).round(decimals=3))
