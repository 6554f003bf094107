# zero_grad leaves grads as None by default; set_to_none=False keeps zero tensors
import torch
from torch import nn

torch.manual_seed(1646)
clf = nn.Linear(3, 2)
sgd = torch.optim.SGD(clf.parameters(), lr=0.1)
batch = torch.full((2, 3), 0.5)
clf(batch).mean().backward()
print(clf.weight.grad)
sgd.zero_grad()
print(clf.weight.grad, clf.bias.grad)
clf(batch).mean().backward()
sgd.zero_grad(set_to_none=False)
print(clf.weight.grad, clf.bias.grad)
clf(batch).mean().backward()
clf.zero_grad()
print(clf.bias.grad)
