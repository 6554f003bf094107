# Q: argmax over which dim? keepdim, flattened indices, ties and unravel to (row, col).
import torch

scores = torch.tensor([[0.1, 2.5, 2.5, -1.0],
                       [3.0, 0.0, 1.0, 3.0],
                       [-2.0, -0.5, -0.5, -3.0]])
print(scores.argmax())
print(scores.argmax(dim=0), scores.argmax(dim=1))
print(scores.argmax(dim=1, keepdim=True).shape)
flat = scores.argmax().item()
print(divmod(flat, scores.shape[1]))
print(torch.unravel_index(scores.argmin(), scores.shape))
vals, idx = scores.max(dim=1)
print(vals, idx)
print(scores.topk(2, dim=1))
preds = scores.argmax(1)
labels = torch.tensor([1, 3, 2])
print((preds == labels).sum(), (preds == labels).float().mean())
print(torch.tensor([1, 7, 7, 2]).argmax(), torch.tensor([[True, False, True]]).int().argmax(dim=1))
