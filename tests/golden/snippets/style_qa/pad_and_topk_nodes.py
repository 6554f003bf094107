# Q: padding sequences to the same length with F.pad, and keeping the k best scores with topk.
import torch
import torch.nn.functional as F

seqs = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0])]
max_len = max(len(s) for s in seqs)
batch = torch.stack([F.pad(s, (0, max_len - len(s)), value=0.0) for s in seqs])
print(batch)
x = torch.arange(12.0).reshape(3, 4).requires_grad_()
y = F.pad(x, (1, 1, 0, 2))
print(y.shape, y.grad_fn)
print(F.pad(x, (-1, 0)).detach())
y.sum().backward()
print(x.grad)
scores = torch.tensor([[0.1, 0.7, 0.2, 0.9], [0.5, 0.3, 0.8, 0.05]], requires_grad=True)
best = scores.topk(2, dim=1)
print(best)
best.values.sum().backward()
print(scores.grad)
try:
    scores.topk(5)
except RuntimeError as e:
    print(e)
