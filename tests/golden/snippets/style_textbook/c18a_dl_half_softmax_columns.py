# float16 softmax over columns (dim=0) of a small score matrix
import torch

torch.manual_seed(28)
scores = (torch.randn(4, 3) * 3).half()
p = torch.softmax(scores, dim=0)
print(p)
print(p.sum(0))
print(torch.log_softmax(scores, dim=0))
