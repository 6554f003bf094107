# The softmax Jacobian's rows sum to zero, so a summed softmax has zero gradient.
import torch

logits = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
probs = torch.softmax(logits, dim=0)
probs.sum().backward()
print(probs, logits.grad.abs().max() < 1e-6)
logits.grad = None
probs = torch.softmax(logits, dim=0)
probs[2].backward()
print(logits.grad, logits.grad.sum().abs() < 1e-6)
jac = torch.autograd.functional.jacobian(lambda t: torch.softmax(t, 0), logits.detach())
print(jac.sum(dim=0).abs().max() < 1e-6, jac.sum(dim=1).abs().max() < 1e-6)
