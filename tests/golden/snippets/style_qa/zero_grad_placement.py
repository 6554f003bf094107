# Q: forgetting zero_grad makes the gradients of successive batches add up.
import torch

torch.manual_seed(0)
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for x in [1.0, 2.0, 3.0]:
    loss = (w * x - 1) ** 2
    loss.backward()
    print(f'x={x} grad={w.grad.item():.1f}')
opt.step()
print(w)
opt.zero_grad()
print(w.grad)
for x in [1.0, 2.0]:
    opt.zero_grad()
    ((w * x - 1) ** 2).backward()
    opt.step()
    print(w.grad, w.data)
