# Q: I round the model output before the loss and my weights never change.
import torch

w = torch.tensor([0.7, -1.3], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 0.5]])
pred = torch.round(x @ w)
print(pred, pred.grad_fn)
loss = ((pred - torch.tensor([1.0, 2.0])) ** 2).mean()
loss.backward()
print(w.grad)
w.grad = None
pred2 = torch.floor(x @ w) + torch.sign(x @ w)
pred2.sum().backward()
print(w.grad)
try:
    (x @ w).long().float().sum().backward()
except RuntimeError as e:
    print(e)
