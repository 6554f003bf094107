import warnings
import torch

# Q5. Which .grad values are None after backward, and how can you keep the middle one?
leaf = torch.tensor([2.0, -3.0], requires_grad=True)
mid = leaf.tanh()
kept = leaf.sigmoid()
kept.retain_grad()
(mid.sum() + kept.sum()).backward()
print("leaf.grad:", leaf.grad)
print("kept.grad:", kept.grad, kept.retains_grad)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    missing = mid.grad
print("mid.grad:", missing, "| warned:", [type(w.message).__name__ for w in caught])
