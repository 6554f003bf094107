# Q: why is argmax a tensor and not an int?
import torch

scores = torch.tensor([[0.1, 0.9, 0.3], [0.8, 0.2, 0.7]])
am = scores.argmax(dim=1)
print(am, am.dtype, type(am).__name__)
print(am.tolist(), scores.argmax(), scores.argmax().item())
res = scores.max(dim=1)
print(type(res).__name__, res.values, res.indices)
v, i = torch.max(scores, 1, keepdim=True)
print(v.shape, i.shape)
print(torch.max(scores))
