import torch
import torch.nn.functional as F

x = torch.tensor([[-1.0, 0.0, 2.0]], requires_grad=True)
print(F.relu(x), F.sigmoid(x), F.tanh(x))
print(F.softmax(x, dim=1), F.log_softmax(x, dim=1))
print(F.leaky_relu(x, 0.2))
w = torch.tensor([[1.0, 2.0, 3.0]])
print(F.linear(x, w), F.linear(x, w, torch.tensor([1.0])))
img = torch.arange(16.0).reshape(1, 1, 4, 4)
print(F.max_pool2d(img, 2), F.avg_pool2d(img, 2), F.adaptive_avg_pool2d(img, 1))
print(F.pad(torch.ones(2, 2), (1, 0, 0, 1)))
print(F.one_hot(torch.tensor([0, 2, 1]), 4))
