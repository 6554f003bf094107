# Q: why does my loss have no grad_fn after argmax or round?
import torch

logits = torch.tensor([[0.2, 1.5, -0.3], [2.0, 0.1, 0.0]], requires_grad=True)
pred = logits.argmax(dim=1)
print(pred, pred.requires_grad, pred.dtype)
r = logits.round()
print(r.grad_fn, r.requires_grad)
r.sum().backward()
print(logits.grad)
eq = (logits > 0).float()
print(eq.requires_grad, (logits * eq).grad_fn.name())
