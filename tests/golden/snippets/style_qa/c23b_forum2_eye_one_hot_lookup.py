import torch

# Three ways people build one-hot targets, and where each one breaks
cls = torch.tensor([2, 0, 1])
via_eye = torch.eye(4, dtype=torch.long)[cls]
via_scatter = torch.zeros(3, 4).scatter(1, cls[:, None], 1.0)
via_compare = (cls[:, None] == torch.arange(4)).float()
print(via_eye.dtype, torch.equal(via_scatter, via_compare))
try:
    torch.eye(4)[torch.tensor([4])]
except IndexError as e:
    print("IndexError", e)
try:
    torch.zeros(3, 4).scatter(1, cls, 1.0)
except RuntimeError as e:
    print("RuntimeError", e)
