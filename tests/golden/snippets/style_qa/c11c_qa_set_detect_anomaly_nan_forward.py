# Q: loss becomes nan after a few steps - find the first step with a nan gradient.
import torch

w = torch.tensor([1.0, -0.5], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05)
x = torch.tensor([1.0, 3.0])
for step in range(6):
    opt.zero_grad()
    loss = torch.log((w * x).sum() ** 2)
    loss.backward()
    bad = not torch.isfinite(w.grad).all()
    print(step, loss.item(), w.grad, "nonfinite!" if bad else "")
    if bad:
        break
    opt.step()
print(w)
