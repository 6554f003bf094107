# Q: loss becomes -inf/nan when I take torch.log(softmax(x)); use log_softmax instead.
import torch
import torch.nn.functional as F

x = torch.tensor([[100.0, 0.0, -100.0], [1.0, 2.0, 3.0]], requires_grad=True)
p = F.softmax(x, dim=1)
print(p)
print(torch.log(p))
print(F.log_softmax(x, dim=1))
loss = -torch.log(p)[0, 2]
loss.backward()
print(loss, x.grad)
x.grad = None
loss2 = -F.log_softmax(x, dim=1)[0, 2]
loss2.backward()
print(loss2, x.grad)
print(torch.log(torch.tensor(0.0)), torch.log(torch.tensor(1e-45)), torch.log(torch.tensor(1e-46)))
eps = 1e-8
print(torch.log(p + eps)[0])
print(torch.clamp(p, min=1e-7).log()[0])
