# np.take_along_axis -> torch.gather; argmax with keepdims
import numpy as np
import torch

scores = torch.tensor([[0.1, 0.9, 0.3], [0.8, 0.2, 0.7]])
order = scores.argsort(dim=1, descending=True)
print(torch.gather(scores, 1, order))
print(np.take_along_axis(scores.numpy(), order.numpy(), axis=1))
best = scores.argmax(dim=1, keepdim=True)
print(best, torch.take_along_dim(scores, best, dim=1))
print(scores.topk(2, dim=1))
