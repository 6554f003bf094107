# negative sampling loss (word2vec style) with logsigmoid
import torch
import torch.nn.functional as F
torch.manual_seed(53)
center = torch.nn.Embedding(10, 4)
context = torch.nn.Embedding(10, 4)
c = center(torch.tensor([3]))
pos = context(torch.tensor([5]))
neg = context(torch.tensor([1, 7, 9]))
loss = -(F.logsigmoid((c * pos).sum(-1)) + F.logsigmoid(-(neg @ c.t()).squeeze(1)).sum())
loss.backward()
print(loss)
print(center.weight.grad.nonzero())
print(context.weight.grad[7])
