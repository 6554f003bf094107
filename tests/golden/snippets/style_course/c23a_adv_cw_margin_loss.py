# A Carlini-Wagner style margin: best other logit minus the true logit, clamped at -kappa
import torch

logits = torch.tensor([[2.0, 1.0, 0.5], [0.1, 0.3, 2.5], [1.0, 1.0, 0.9]], requires_grad=True)
y = torch.tensor([0, 2, 1])
true = logits.gather(1, y[:, None]).squeeze(1)
other = logits.clone()
other[torch.arange(3), y] = float("-inf")
best_other = other.max(1).values
margin = torch.clamp(best_other - true, min=-0.5)
print(true, best_other)
print(margin)
margin.sum().backward()
print(logits.grad)
