# Q: masked_fill did nothing
import torch

scores = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
mask = torch.tensor([[False, True, True], [False, False, True]])
scores.masked_fill(mask, float("-inf"))
print(scores)
out = scores.masked_fill(mask, float("-inf"))
print(out)
print(out.softmax(dim=-1))
try:
    scores.masked_fill(mask.int(), 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
