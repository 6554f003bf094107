import torch
import warnings

# "I used .view(3, 2) to transpose my matrix and the numbers are scrambled"
scores = torch.tensor([[10, 20, 30], [40, 50, 60]])
print(scores.view(3, 2).tolist(), scores.t().tolist())
print(scores.mT.shape, scores.adjoint().shape, scores.permute(1, 0).is_contiguous())
cube = torch.zeros(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    flipped = cube.T
print(flipped.shape, [str(c.message)[:80] for c in caught])
