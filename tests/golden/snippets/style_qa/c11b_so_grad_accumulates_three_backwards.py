# Q: why does my gradient keep growing? .grad accumulates across backward() calls until zeroed.
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
for i in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(i, loss.item(), w.grad)
w.grad.zero_()
print(w.grad)
opt = torch.optim.SGD([w], lr=0.001)
for i in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    opt.step()
    print("no zero_grad", i, w.detach().tolist(), w.grad.tolist())
for i in range(3):
    opt.zero_grad()
    loss = (w * x).sum() ** 2
    loss.backward()
    opt.step()
    print("with zero_grad", i, w.detach().tolist(), w.grad.tolist())
opt.zero_grad()
print(w.grad)
