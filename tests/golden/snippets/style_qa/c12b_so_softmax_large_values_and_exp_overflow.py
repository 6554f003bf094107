# Q: my softmax gives nan: exp overflow with big logits, and how softmax/log_softmax/logsumexp avoid it.
import torch
import torch.nn.functional as F

z = torch.tensor([1000.0, 1001.0, 1002.0])
print(torch.exp(z), torch.exp(z) / torch.exp(z).sum())
print(F.softmax(z, dim=0), F.log_softmax(z, dim=0))
print(torch.logsumexp(z, 0), (z - z.max()).exp() / (z - z.max()).exp().sum())
small = torch.tensor([-1000.0, -1001.0])
print(torch.exp(small), F.softmax(small, 0), torch.log(F.softmax(small, 0)))
print(F.softmax(torch.tensor([0.5, 1.5, 2.5, 3.5]), 0), F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]), dim=1))
print(torch.exp(torch.tensor([88.0, 88.8, 89.0])), torch.exp(torch.tensor([88.0, 89.0], dtype=torch.float64)))
print(torch.sigmoid(torch.tensor([-100.0, 0.0, 100.0])), F.logsigmoid(torch.tensor([-100.0, 100.0])))
print(F.softmax(torch.tensor([float('-inf'), float('-inf')]), 0))
