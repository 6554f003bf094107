import torch
import torch.nn.functional as F

diff = torch.tensor([-2.0, 0.0, 0.5, 3.0, 30.0], requires_grad=True)
a = -torch.log(torch.sigmoid(diff))
b = F.softplus(-diff)
c = -F.logsigmoid(diff)
print(a)
print(b)
print(c)
c.sum().backward()
print(diff.grad)
