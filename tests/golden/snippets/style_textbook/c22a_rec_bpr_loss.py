import torch
import torch.nn.functional as F

torch.manual_seed(3)
U = torch.randn(3, 4, requires_grad=True)
I = torch.randn(6, 4, requires_grad=True)
u = torch.tensor([0, 1, 2])
pos = torch.tensor([1, 3, 5])
neg = torch.tensor([0, 2, 4])
x_pos = (U[u] * I[pos]).sum(-1)
x_neg = (U[u] * I[neg]).sum(-1)
loss = -F.logsigmoid(x_pos - x_neg).mean()
loss.backward()
print(x_pos - x_neg)
print(loss)
print(I.grad[0])
print(U.grad.shape)
