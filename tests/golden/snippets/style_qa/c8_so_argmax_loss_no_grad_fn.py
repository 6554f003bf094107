# Q: "element 0 of tensors does not require grad and does not have a grad_fn" after argmax / round in the loss.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
x = torch.randn(5, 4)
y = torch.tensor([0, 2, 1, 1, 0])
logits = model(x)
pred = logits.argmax(dim=1)
print(pred, pred.requires_grad, pred.grad_fn)
loss = (pred != y).float().mean()
print(loss)
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
r = torch.round(torch.sigmoid(logits))
print(r.grad_fn)
r.sum().backward()
print(model.weight.grad.abs().sum())
with torch.no_grad():
    l2 = nn.functional.cross_entropy(model(x), y)
try:
    l2.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
print(loss.grad_fn, round(loss.item(), 4))
