# using argmax in the loss
import torch

torch.manual_seed(22)
logits = torch.randn(3, 4, requires_grad=True)
pred = logits.argmax(dim=1)
print(pred, pred.requires_grad, pred.dtype)
acc = (pred == torch.tensor([1, 2, 3])).float().mean()
print(acc, acc.requires_grad)
try:
    acc.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
