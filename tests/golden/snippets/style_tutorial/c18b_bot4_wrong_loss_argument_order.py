"""The assistant passed (target, prediction) to CrossEntropyLoss by mistake."""
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(3, 4, requires_grad=True)
target = torch.tensor([1, 0, 3])
loss_fn = nn.CrossEntropyLoss()
try:
    loss = loss_fn(target, logits)
except RuntimeError as e:
    print("RuntimeError:", e)
loss = loss_fn(logits, target)
print("correct order:", loss.item())
try:
    nn.MSELoss()(torch.tensor([1, 2]), torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
