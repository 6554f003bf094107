# Gradients of max, amax and min when several elements tie.
import torch

scores = torch.tensor([4.0, -1.0, 4.0, 4.0, 0.5], requires_grad=True)
scores.max().backward()
print(scores.grad)
scores.grad = None
scores.amax().backward()
print(scores.grad)
scores.grad = None
best, where = scores.max(dim=0)
best.backward()
print(where, scores.grad)
scores.grad = None
scores.min().backward()
print(scores.grad)
scores.grad = None
torch.minimum(scores, torch.full((5,), 0.5)).sum().backward()
print(scores.grad)
