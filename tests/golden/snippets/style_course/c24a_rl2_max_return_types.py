# torch.max with dim returns a named tuple learners print whole
import torch

q = torch.tensor([[1.0, 3.0, 2.0], [4.0, 0.0, 4.0]])
m = q.max(dim=1)
print(m)
print(type(m).__name__)
values, idx = m
print(values, idx)
print(q.max(1)[0].unsqueeze(1))
print(torch.max(q, 1, keepdim=True))
print(q.min(dim=0).indices)
print(torch.max(q))
print(q.max(1).values.mean())
