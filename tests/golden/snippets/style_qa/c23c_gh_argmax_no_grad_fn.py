# Backward through argmax: "element 0 of tensors does not require grad".
import torch

logits = torch.tensor([[0.1, 2.0, 0.3]], requires_grad=True)
pred = logits.argmax(dim=1)
print(pred, pred.requires_grad, pred.dtype)
loss = (pred.float() - 1).pow(2).sum()
try:
    loss.backward()
except RuntimeError as e:
    print(e)
soft = (logits.softmax(1) * torch.arange(3.0)).sum()
soft.backward()
print(logits.grad.shape, logits.grad.sum().abs() < 1e-6)
