# Quiz 45: which dim does softmax normalise?
import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(F.softmax(x, dim=0))
print(F.softmax(x, dim=1))
print(F.softmax(x, dim=-1).sum(-1))
print(torch.softmax(torch.tensor([1000.0, 1000.0]), 0))
print(torch.softmax(torch.tensor([1, 2]), 0) if False else torch.softmax(torch.tensor([1, 2]).float(), 0))
try:
    torch.softmax(torch.tensor([1, 2]), 0)
except RuntimeError as e:
    print(e)
