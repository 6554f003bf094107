# Q: my attention weights contain nan: a row whose every score is masked with -inf gives 0/0 in softmax.
import torch
import torch.nn.functional as F

scores = torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.1, 0.2]])
mask = torch.tensor([[True, True, False], [False, False, False]])
masked = scores.masked_fill(~mask, float("-inf"))
w = F.softmax(masked, dim=-1)
print(w)
print(torch.isnan(w).any(dim=-1))
safe = scores.masked_fill(~mask, -1e9)
print(F.softmax(safe, dim=-1))
w2 = torch.nan_to_num(w, nan=0.0)
print(w2, w2.sum(dim=-1))
print(torch.finfo(torch.float32).min, F.softmax(scores.masked_fill(~mask, torch.finfo(torch.float32).min), -1))
print(F.log_softmax(masked, dim=-1))
