import torch

scores = torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
mask = torch.tensor([[False, False, True], [True, True, True]])
w = scores.masked_fill(mask, float("-inf")).softmax(-1)
print(w)
print(torch.nan_to_num(w, nan=0.0))
w2 = scores.masked_fill(mask, torch.finfo(scores.dtype).min).softmax(-1)
print(w2)
