# What happens when optimizer.zero_grad() is forgotten: gradients keep adding up
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
x = torch.tensor([2.0, 3.0])
for step in range(3):
    loss = (w * x).sum() ** 2
    loss.backward()
    print(step, loss.item(), w.grad)
    opt.step()
print(w)
opt.zero_grad()
print(w.grad)
