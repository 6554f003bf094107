# A loss built from argmax has no gradient path.
import torch

logits = torch.tensor([[0.2, 1.5, -0.3]], requires_grad=True)
pred = logits.argmax(dim=1)
print(pred, pred.requires_grad, pred.dtype)
loss = (pred.float() - 1.0) ** 2
print(loss.requires_grad)
try:
    loss.backward()
except RuntimeError as e:
    print(e)
print(torch.softmax(logits, dim=1).max(dim=1))
