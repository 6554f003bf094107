# zero_grad called in the wrong place inside an accumulation loop
import torch

w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=0.1)
for i in range(4):
    opt.zero_grad()
    (w * (i + 1)).sum().backward()
    if (i + 1) % 2 == 0:
        print("step with grad", w.grad.item())
        opt.step()
print(w.item())
