# Q: masked_fill errors: non-bool mask, shape that doesn't broadcast; and -inf rows giving NaN softmax.
import torch

torch.manual_seed(0)
scores = torch.randn(2, 3, 3)
mask = torch.tensor([[1, 1, 0], [1, 0, 0], [1, 1, 1]])
try:
    scores.masked_fill(mask, float('-inf'))
except RuntimeError as e:
    print("RuntimeError:", e)
out = scores.masked_fill(mask == 0, float('-inf'))
print(out[0])
print(torch.softmax(out, dim=-1)[0])
try:
    scores.masked_fill(torch.ones(2, 2, dtype=torch.bool), 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
all_masked = torch.full((1, 3), float('-inf'))
print(torch.softmax(all_masked, dim=-1))
pad = torch.tensor([[True, True, False]])
print(scores[0].masked_fill(~pad, -1e9).softmax(-1))
scores[0].masked_fill_(mask.bool(), 0.0)
print(scores[0])
