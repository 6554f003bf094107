import torch

x = torch.tensor([[1.0, 0.0], [0.0, 2.0], [3.0, 1.0], [1.0, 1.0]])
src = torch.tensor([0, 1, 2, 3, 0])
dst = torch.tensor([1, 2, 1, 0, 3])
messages = x[src]
out = torch.zeros_like(x)
out.index_add_(0, dst, messages)
print(messages)
print(out)
out2 = torch.zeros(4, 2).index_add(0, dst, messages, alpha=0.5)
print(out2)
