# Q: masked_fill_ only supports boolean masks
import torch

scores = torch.tensor([[0.5, 0.2], [0.1, 0.9]])
mask = torch.tensor([[1, 0], [0, 1]])
try:
    scores.masked_fill(mask, float("-inf"))
except RuntimeError as err:
    print(err)
print(scores.masked_fill(mask.bool(), float("-inf")))
print(scores.masked_fill(mask == 0, 0.0).softmax(dim=-1))
