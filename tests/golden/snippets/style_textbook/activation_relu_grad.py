# ReLU and its derivative on arange(-8.0, 8.0, 0.1).
import torch

x = torch.arange(-8.0, 8.0, 0.1, requires_grad=True)
y = torch.relu(x)
print(x.shape, x[:3], x[78:83])
y.backward(torch.ones_like(x), retain_graph=True)
print(x.grad[75:85])
print(y[78:83])
print(x[80].item(), x[-1].item())
