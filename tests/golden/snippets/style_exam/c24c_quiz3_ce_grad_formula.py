# Quiz C22: the gradient of cross-entropy is softmax - one_hot
import torch
import torch.nn.functional as F

z = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
t = torch.tensor([0])
F.cross_entropy(z, t).backward()
print(z.grad)
print(torch.softmax(z.detach(), 1) - F.one_hot(t, 3))
